// Liveness and database readiness, for load balancers and `docker compose`:
// 200 {"status":"ok"} when the database answers within 1.5 seconds, otherwise
// 503 {"status":"database_unavailable"} — at once, not after the database's
// own timeouts, so that a balancer takes a replica out quickly.
import { databaseReachable } from '@/lib/health/database-reachable';

export const dynamic = 'force-dynamic';

export async function GET() {
  const ok = await databaseReachable(1_500);
  return Response.json({ status: ok ? 'ok' : 'database_unavailable' }, { status: ok ? 200 : 503, headers: { 'cache-control': 'no-store' } });
}
