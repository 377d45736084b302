// Every public page: the standard versions at their plain addresses
// (app/(public)) and the pages under /portal/[mode]; revalidating the root
// layout reaches them all, route handlers included.
export const PUBLIC_ROUTE_ROOT = '/';
