// What text the portal accepts from anyone (forms, server actions, report
// content, filters): no control characters other than tab, line feed and
// carriage return, no lone UTF-16 surrogates and no noncharacters U+FFFE/U+FFFF.
// PostgreSQL refuses NUL in text and \u0000 or a lone surrogate in JSON
// (errors 22021, 22P05), stores other lone surrogates silently as U+FFFD, and
// Word and XML refuse the other control characters: refused at the field,
// with a message saying which character, nothing is written.
// Pure: runs in the browser too (the editor checks its report content).

// U+0009, U+000A and U+000D are whitespace that people type.
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Why `value` cannot be accepted as text, in Chinese (after the field's name,
 * e.g. “部门全称含有…”), or null when it can.
 */
export function plainTextProblem(value: string): string | null {
  const unsafe = UNSAFE.exec(value);
  if (unsafe) {
    const position = `第 ${unsafe.index + 1} 个字符`;
    return unsafe[0] === '\ufffe' || unsafe[0] === '\uffff'
      ? `含有无效字符（${position}，${codePoint(unsafe[0])}），请删除后再提交。`
      : `含有不可见的控制字符（${position}，${codePoint(unsafe[0])}），请删除后再提交。`;
  }
  if (!value.isWellFormed()) {
    const index = [...value].findIndex((char) => char.length === 1 && char >= '\ud800' && char <= '\udfff');
    return `含有无效的 Unicode 字符（不成对的代理项，约第 ${Math.max(index, 0) + 1} 个字符），请删除后再提交。`;
  }
  return null;
}
