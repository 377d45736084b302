// Whether the body of a server-action request is one that React can decode
// into the plain arguments this portal's actions take. Next decodes the body
// (React's reply format) before any code of ours runs, and answers anything it
// cannot decode — malformed JSON, a reference to a part that is not there, a
// data type we never send, nesting deep enough to overflow its recursion —
// with an error (HTTP 200 with an error row, or 500). The proxy checks the
// body with this first and answers 400 instead (lib/http/malformed-request.ts).
//
// What our pages send (React's encodeReply of plain data): a JSON array of the
// arguments, as the whole body (text/plain) or as field "0" of a multipart
// body, with FormData arguments as "$K<id>" and their fields as "<id>_<name>";
// without JavaScript, a form posts "$ACTION_ID_<id>" or "$ACTION_REF_<n>" with
// the bound arguments in "$ACTION_<n>:<k>" fields. Strings that start with "$"
// are React's own codes; only those that plain data produces are accepted.

export type BodyFields = ReadonlyArray<readonly [string, string | Blob]>;

/** Deeper than any argument of ours; React decodes recursively, so this is also what keeps it from overflowing. */
const MAX_DEPTH = 64;
/** Values in one body: a 1 MB body of plain data holds far fewer; React refuses 1,000,000. */
const MAX_VALUES = 250_000;

const SPECIAL_VALUES = new Set(['$undefined', '$NaN', '$Infinity', '$-Infinity', '$-0']);

class BodyProblem extends Error {}

/** Checks one reply (fields under `prefix`) from its root row; returns the root value. */
function checkReply(fields: Map<string, string | Blob>, prefix: string, rootId: number, counter: { values: number }): unknown {
  const seen = new Set<number>();
  const rows = new Map<number, unknown>();
  const row = (id: number): unknown => {
    if (rows.has(id)) return rows.get(id);
    const text = fields.get(`${prefix}${id}`);
    if (typeof text !== 'string') throw new BodyProblem(`缺少第 ${id} 部分。`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new BodyProblem('不是有效的 JSON。');
    }
    rows.set(id, parsed);
    return parsed;
  };
  const pending: Array<{ value: unknown; depth: number }> = [{ value: row(rootId), depth: 0 }];
  seen.add(rootId);
  while (pending.length) {
    const { value, depth } = pending.pop()!;
    if (++counter.values > MAX_VALUES) throw new BodyProblem('数据项过多。');
    if (depth > MAX_DEPTH) throw new BodyProblem('嵌套层次过深。');
    if (typeof value === 'string') {
      if (value[0] !== '$' || value[1] === '$' || SPECIAL_VALUES.has(value) || value[1] === 'D') continue;
      const reference = /^\$(K|B|@)?([0-9a-f]{1,8})$/.exec(value);
      if (!reference) throw new BodyProblem('含有本站不接受的数据类型。');
      const id = parseInt(reference[2]!, 16);
      if (reference[1] === 'K') continue; // A FormData: its fields are "<id>_<name>", any number of them.
      if (reference[1] === 'B') {
        if (!(fields.get(`${prefix}${id}`) instanceof Blob)) throw new BodyProblem(`缺少第 ${id} 部分的文件。`);
        continue;
      }
      // An outlined value ($<id>) or, in a form's bound arguments, a promise of one ($@<id>).
      if (reference[1] === '@' && prefix === '') throw new BodyProblem('含有本站不接受的数据类型。');
      if (!seen.has(id)) {
        seen.add(id);
        pending.push({ value: row(id), depth: depth + 1 });
      }
      continue;
    }
    if (value !== null && typeof value === 'object') {
      for (const child of Object.values(value)) pending.push({ value: child, depth: depth + 1 });
    }
  }
  return rows.get(rootId);
}

/**
 * Why React could not decode this server-action body into plain arguments,
 * in Chinese, or null if it can. `fetchAction`: the request named its action
 * in the Next-Action header (the pages' own calls); otherwise it is a form
 * posted without JavaScript, or not a server action at all.
 */
export function serverActionBodyProblem(entries: BodyFields, fetchAction: boolean): string | null {
  const fields = new Map(entries);
  const counter = { values: 0 };
  try {
    if (fetchAction) {
      const args = checkReply(fields, '', 0, counter);
      if (!Array.isArray(args)) throw new BodyProblem('参数应为数组。');
      return null;
    }
    // As React reads a form: the last "$ACTION_REF_"/"$ACTION_ID_" field names the action.
    const key = entries.map(([name]) => name).findLast((name) => name.startsWith('$ACTION_REF_') || name.startsWith('$ACTION_ID_'));
    if (!key?.startsWith('$ACTION_REF_')) return null;
    const prefix = `$ACTION_${key.slice('$ACTION_REF_'.length)}:`;
    const meta = checkReply(fields, prefix, 0, counter) as { id?: unknown; bound?: unknown } | null;
    if (meta === null || typeof meta !== 'object' || typeof meta.id !== 'string') throw new BodyProblem('表单缺少操作编号。');
    if (meta.bound !== null) {
      const bound = typeof meta.bound === 'string' ? /^\$@([0-9a-f]{1,8})$/.exec(meta.bound) : null;
      if (!bound || !Array.isArray(checkReply(fields, prefix, parseInt(bound[1]!, 16), counter))) throw new BodyProblem('表单的附带参数格式不正确。');
    }
    return null;
  } catch (error) {
    if (error instanceof BodyProblem) return `请求内容格式不正确：${error.message}`;
    throw error;
  }
}
