import 'server-only';
import { db } from '@/lib/db/client';

export function listUsers() {
  return db.user.findMany({
    orderBy: [{ role: 'asc' }, { username: 'asc' }],
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      disabled: true,
      lastLoginAt: true,
      department: { select: { id: true, shortName: true } },
    },
  });
}
