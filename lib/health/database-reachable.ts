// Whether the database answers a trivial query within `withinMs`.
import 'server-only';
import { db } from '@/lib/db/client';

export async function databaseReachable(withinMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), withinMs);
  });
  try {
    return await Promise.race([db.$queryRaw`SELECT 1`.then(() => true as const), late]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
