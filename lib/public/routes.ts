// Public pages live under /portal/[mode] (mode: std or care, from the 关怀版
// cookie) and are reached by their plain addresses through rewrites in
// next.config.js, so that each variant is rendered once and cached.
export const PUBLIC_ROUTE_ROOT = '/portal/[mode]';
