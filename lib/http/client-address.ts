// The address a request came from, for limits per address. It is the last
// entry of X-Forwarded-For: the front proxy (deploy/nginx) appends the address
// it saw, and Next sets the header to the connection's address when a client
// connects directly without one.
export function clientAddress(headers: Headers): string {
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  return hops.at(-1) ?? headers.get('x-real-ip') ?? 'unknown';
}
