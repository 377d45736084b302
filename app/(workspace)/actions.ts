'use server';

import { signOut } from '@/lib/auth/auth';
import { getCurrentUser } from '@/lib/auth/current-user';
import { recordSignOut } from '@/lib/auth/sign-out';

export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await recordSignOut(user);
  // Ends the server-side session too (events.signOut in lib/auth/auth.ts).
  await signOut({ redirectTo: '/login' });
}
