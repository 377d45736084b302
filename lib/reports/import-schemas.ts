// The import form's fields (a file or pasted text, where it goes, how it is saved).
import { z } from '@/lib/zod';
import { isCalendarDate } from '@/lib/report-format/content';
import { DEPARTMENT_SLUG_PATTERN } from '@/lib/departments/slug';

/** The largest file the import reads (the parser refuses larger ones too). */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

const flag = z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean());

export const importFormSchema = z.object({
  department: z
    .string()
    .trim()
    .toLowerCase()
    .refine((value) => value === '' || DEPARTMENT_SLUG_PATTERN.test(value), '部门网址标识不正确，例如 finance；留空则按报告标题识别。')
    .default(''),
  year: z
    .string()
    .trim()
    .refine((value) => value === '' || /^\d{4}$/.test(value), '年度应为四位数字年份，留空则按报告标题识别。')
    .default(''),
  mode: z.enum(['draft', 'published'], { error: '请选择保存方式。' }).default('draft'),
  replace: flag.default(false),
  publishedOn: z
    .string()
    .trim()
    .refine((value) => value === '' || isCalendarDate(value), '发布日期不是有效的日期，请按“年-月-日”填写。')
    .default(''),
  // Pasted text is read like a file (lib/import/decode.ts): stray control characters (Word's line and
  // page breaks \v and \f among them) are spaces and a broken character the replacement character, not a refusal.
  text: z.preprocess(
    (value) => (typeof value === 'string' ? value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, ' ').toWellFormed() : value),
    z.string().max(IMPORT_MAX_BYTES, '粘贴的文字过长（上限 10 MB）。').default(''),
  ),
});
export type ImportForm = z.output<typeof importFormSchema>;
