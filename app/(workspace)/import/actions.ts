'use server';

// Import actions: read an uploaded past report for the preview (nothing is
// saved), then save it. Each: the caller (401), the input (zod, file size),
// the parse, then the policy on the department the report belongs to (a
// department's editor only for their own; a published historical report only
// by an admin), the use case, and the pages to refresh.
import { revalidatePath } from 'next/cache';
import { requireCaller } from '@/lib/auth/guard';
import { denial } from '@/lib/auth/policy';
import type { ActionResult } from '@/lib/actions/action-result';
import { failure, invalidInput, runAction } from '@/lib/actions/run-action';
import { isForm, malformedFormResult } from '@/lib/actions/form-input';
import { UserError } from '@/lib/errors';
import { revalidatePublication } from '@/lib/public/revalidate-public';
import { saveImportedReport, type ImportSaved } from '@/lib/reports/import-report';
import { previewImport, type ImportPreview } from '@/lib/reports/import-preview';
import { IMPORT_MAX_BYTES, importFormSchema, type ImportForm } from '@/lib/reports/import-schemas';
import { editorReportPath } from '@/lib/reports/report-label';
import type { CurrentUser } from '@/lib/auth/current-user';

const KIND_LABELS = { html: '网页', text: '文本', docx: 'Word 文件' } as const;

async function readUpload(formData: FormData, form: ImportForm): Promise<{ bytes: Uint8Array; fileName: string }> {
  const file = formData.get('file');
  if (file instanceof File && file.size > 0) {
    if (file.size > IMPORT_MAX_BYTES) throw UserError.invalid('文件过大：导入的文件不能超过 10 MB。', { file: '文件过大：不能超过 10 MB。' });
    return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name || 'report' };
  }
  if (form.text.trim()) return { bytes: new TextEncoder().encode(form.text), fileName: '粘贴的文字.txt' };
  throw UserError.invalid('请选择要导入的文件，或粘贴报告的文字。', { file: '请选择文件或粘贴文字。' });
}

/** The department must be one the caller may import for (and publish for, when asked). */
function authorize(user: CurrentUser, preview: ImportPreview, mode: ImportForm['mode']) {
  if (!preview.department) {
    throw UserError.invalid(`没有找到报告所属的部门${preview.parsed.departmentName ? `（标题中为“${preview.parsed.departmentName}”）` : ''}，请填写部门网址标识。`, { department: '请填写部门网址标识。' });
  }
  const resource = { departmentId: preview.department.id };
  for (const action of mode === 'published' ? (['report.import', 'report.importPublished'] as const) : (['report.import'] as const)) {
    const refused = denial(user, action, resource);
    if (refused === 'not_found') throw UserError.notFound('该部门不存在，或您只能导入本部门的报告。');
    if (refused) throw UserError.forbidden(action === 'report.importPublished' ? '只有系统管理员可以把报告作为已发布的历史报告导入。' : '您没有导入该部门报告的权限。');
  }
}

export type PreviewResult = ActionResult<{ preview: ImportPreview; fileName: string }>;

export async function previewImportAction(formData: FormData): Promise<PreviewResult> {
  const user = await requireCaller();
  if (!isForm(formData)) return malformedFormResult();
  const parsed = importFormSchema.safeParse(Object.fromEntries([...formData.entries()].filter(([, value]) => typeof value === 'string')));
  if (!parsed.success) return invalidInput(parsed.error);
  const form = parsed.data;
  return runAction('import.preview', async () => {
    const upload = await readUpload(formData, form);
    const preview = await previewImport(upload.bytes, upload.fileName, { departmentSlug: form.department || null, year: form.year ? Number(form.year) : null });
    if (preview.department) authorize(user, preview, 'draft');
    return { preview, fileName: upload.fileName };
  });
}

export async function saveImportAction(formData: FormData): Promise<ActionResult<ImportSaved & { href: string }>> {
  const user = await requireCaller();
  if (!isForm(formData)) return malformedFormResult();
  const parsed = importFormSchema.safeParse(Object.fromEntries([...formData.entries()].filter(([, value]) => typeof value === 'string')));
  if (!parsed.success) return invalidInput(parsed.error);
  const form = parsed.data;
  try {
    const upload = await readUpload(formData, form);
    const preview = await previewImport(upload.bytes, upload.fileName, { departmentSlug: form.department || null, year: form.year ? Number(form.year) : null });
    authorize(user, preview, form.mode);
    if (!preview.year || !preview.parsed.formatId) throw UserError.invalid('没有识别出报告的年度，请填写年度。', { year: '请填写年度。' });
    const kind = upload.fileName.toLowerCase().endsWith('.docx') ? 'docx' : /\.html?$/i.test(upload.fileName) ? 'html' : 'text';
    const saved = await saveImportedReport(user, preview.parsed.content, {
      departmentId: preview.department!.id,
      year: preview.year,
      mode: form.mode,
      replace: form.replace,
      publishedOn: form.publishedOn || preview.parsed.publishedOn,
      source: `${KIND_LABELS[kind]}（${upload.fileName}）`,
    });
    revalidatePath(editorReportPath(saved.reportId));
    revalidatePath('/editor');
    if (saved.status === 'PUBLISHED') revalidatePublication({ slug: saved.slug, year: preview.year }, { listed: true });
    return { ok: true, ...saved, href: editorReportPath(saved.reportId) };
  } catch (error) {
    return failure(error, 'import.save');
  }
}
