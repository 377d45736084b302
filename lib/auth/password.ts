// Password hashing with bcrypt (pure JavaScript, no native build step).
import bcrypt from 'bcryptjs';

const COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

// A real hash of a random string, compared against when the user does not
// exist, so that an unknown user name takes as long as a wrong password.
const DUMMY_HASH = '$2b$10$0OsNlVslRVzablBxzXkVlO0J08ZXKLqio4bvnSQm1jeB0fCn7UBLu';

export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  const ok = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return ok && Boolean(hash);
}

/** Rules for a new password, in Chinese, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < 8) return '密码至少需要 8 个字符。';
  if (password.length > 72) return '密码不能超过 72 个字符。';
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) return '密码需同时包含字母和数字。';
  return null;
}
