// Liveness and database readiness, for load balancers and `docker compose`.
import { db } from '@/lib/db/client';

export const dynamic = 'force-dynamic';

export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: 'ok' });
  } catch {
    return Response.json({ status: 'database_unavailable' }, { status: 503 });
  }
}
