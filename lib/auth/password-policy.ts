// The rules for a new password (set by an admin, reset, or the first admin's
// own): at least 8 characters with 3 of the 4 character classes, not the user
// name, not a common password. Common passwords: the list of zxcvbn-ts
// (@zxcvbn-ts/language-common, ~30,000 from published leaks), compared in
// lower case, also with the digits and symbols around a word taken off, so
// that "Password1!" counts as "password".
import { dictionary } from '@zxcvbn-ts/language-common';

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-rules';

const CLASSES: readonly RegExp[] = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/];

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()));
  return common;
}

/** The password without the digits and symbols before and after its letters (lower case). */
function core(password: string): string {
  return password.toLowerCase().replace(/^[^a-z]+|[^a-z]+$/g, '');
}

export function isCommonPassword(password: string): boolean {
  const words = commonPasswords();
  const lower = password.toLowerCase();
  const letters = core(password);
  return words.has(lower) || (letters.length >= 4 && words.has(letters));
}

/** What is wrong with a new password, in Chinese, or null when it is acceptable. */
export function passwordProblem(password: string, username?: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `密码至少需要 ${PASSWORD_MIN_LENGTH} 个字符。`;
  if (password.length > PASSWORD_MAX_LENGTH) return `密码不能超过 ${PASSWORD_MAX_LENGTH} 个字符。`;
  if (CLASSES.filter((pattern) => pattern.test(password)).length < 3) {
    return '密码需包含大写字母、小写字母、数字、符号中的至少 3 类。';
  }
  const name = username?.trim().toLowerCase();
  if (name && (password.toLowerCase() === name || core(password) === name)) return '密码不能与用户名相同。';
  if (isCommonPassword(password)) return '这是常见密码，很容易被猜中，请换一个。';
  return null;
}
