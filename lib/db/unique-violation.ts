// A write refused by a unique constraint (Prisma error P2002), for use cases
// that turn it into a message naming the field.
import { Prisma } from './generated/client.ts';
import { UserError } from '@/lib/errors';

export function isUniqueViolation(error: unknown): error is Prisma.PrismaClientKnownRequestError {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/**
 * A UserError (400) for a unique violation, with the message of the field the
 * violated constraint names (`fields`: field → message; the first one when the
 * error does not say); null for any other error.
 */
export function uniqueViolation(error: unknown, fields: Record<string, string>): UserError | null {
  if (!isUniqueViolation(error)) return null;
  const target = JSON.stringify(error.meta ?? {});
  const [field, message] = Object.entries(fields).find(([key]) => target.includes(key)) ?? Object.entries(fields)[0]!;
  return UserError.invalid(message, { [field]: message });
}
