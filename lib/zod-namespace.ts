// zod as the portal uses it (imported through lib/zod.ts): everything zod
// exports, except that z.string() refuses what no text field may hold
// (lib/plain-text.ts) before its own checks run. One place, so that every
// string of every form, server action and filter is covered, including ones
// written later.
import * as zod from 'zod';
import { plainTextProblem } from './plain-text';

export * from 'zod';

function plainText(schema: zod.ZodString): zod.ZodString {
  return schema.check((context) => {
    const problem = plainTextProblem(context.value);
    // `continue: false`: the field's other checks (length, pattern …) would only repeat the point.
    if (problem) context.issues.push({ code: 'custom', message: problem, input: context.value, continue: false });
  });
}

// Both of zod's overloads (z.string() and z.string<T>()).
export const string = ((params?: Parameters<typeof zod.string>[0]) => plainText(zod.string(params))) as typeof zod.string;
