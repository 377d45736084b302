// The password rules as figures and as users read them (light: the forms in
// the browser import it; the checks are in ./password-policy.ts).
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** Shown beside password fields. */
export const PASSWORD_RULES_TEXT = `至少 ${PASSWORD_MIN_LENGTH} 个字符，包含大写字母、小写字母、数字、符号中的至少 3 类；不能与用户名相同，不能是常见密码。`;
