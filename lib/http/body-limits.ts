// How large a server action's body may be (the proxy answers 413 past it,
// lib/http/malformed-request.ts): 1 MB, Next's default, except on the import
// page, whose uploads take a 10 MB file and the form around it (Next's own
// limit, experimental.serverActions.bodySizeLimit in next.config.js).
export const ACTION_BODY_LIMIT = 1024 * 1024;
export const IMPORT_BODY_LIMIT = 11 * 1024 * 1024;
export const IMPORT_PATH = '/import';
