'use client';

// 导入往年报告: a file (web page, text, Word) or pasted text, read on the
// server into the report's structure; the source and the result side by side;
// then saved as a draft, or (admins) as a historical published report.
import Link from 'next/link';
import { useRef } from 'react';
import { ImportPreviewView } from './import-preview';
import { useImport } from './use-import';

interface Props {
  /** Editors import for their own department only (its key, fixed). */
  ownDepartment: { slug: string; name: string } | null;
  canPublish: boolean;
  currentYear: number;
}

export function ImportWorkbench({ ownDepartment, canPublish, currentYear }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const { preview, error, saved, selectedCell, pending, read, save } = useImport();
  const fieldError = (name: string) => error?.fieldErrors[name];
  const existing = preview?.preview.existing;
  const year = preview?.preview.year;

  return (
    <form
      ref={form}
      className="space-y-6"
      onSubmit={(event) => {
        event.preventDefault();
        const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        const data = new FormData(event.currentTarget);
        if (submitter?.name === 'intent' && submitter.value === 'save') save(data);
        else read(data);
      }}
    >
      <fieldset className="card space-y-4 p-4" disabled={pending}>
        <legend className="px-1 font-semibold">1. 选择报告</legend>
        <div>
          <label htmlFor="import-file" className="field-label">
            文件（网页 .html、文本 .txt、Word .docx，不超过 10 MB）
          </label>
          <input id="import-file" name="file" type="file" accept=".html,.htm,.txt,.docx,text/html,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document" className="field-input" aria-describedby="import-file-error" />
          {fieldError('file') && (
            <p id="import-file-error" className="field-error">
              {fieldError('file')}
            </p>
          )}
        </div>
        <div>
          <label htmlFor="import-text" className="field-label">
            或粘贴报告全文（从网页复制的文字，表格可以是每格一行或每行一个制表符分隔的行）
          </label>
          <textarea id="import-text" name="text" className="field-input min-h-32 font-mono text-sm" />
        </div>
        <div className="flex flex-wrap gap-4">
          {ownDepartment ? (
            <p className="text-sm">
              部门：{ownDepartment.name}
              <input type="hidden" name="department" value={ownDepartment.slug} />
            </p>
          ) : (
            <div>
              <label htmlFor="import-department" className="field-label">
                部门网址标识（留空则按报告标题识别）
              </label>
              <input id="import-department" name="department" className="field-input" placeholder="例如 finance" aria-invalid={fieldError('department') ? true : undefined} />
              {fieldError('department') && <p className="field-error">{fieldError('department')}</p>}
            </div>
          )}
          <div>
            <label htmlFor="import-year" className="field-label">
              年度（留空则按标题识别）
            </label>
            <input id="import-year" name="year" inputMode="numeric" className="field-input w-32" placeholder={String(currentYear - 1)} aria-invalid={fieldError('year') ? true : undefined} />
            {fieldError('year') && <p className="field-error">{fieldError('year')}</p>}
          </div>
        </div>
        <button type="submit" name="intent" value="preview" className="btn-primary">
          {pending ? '正在读取…' : '读取并预览'}
        </button>
      </fieldset>

      {error && (
        <p role="alert" className="rounded border border-danger bg-danger-soft px-3 py-2 text-sm text-danger">
          {error.message}
        </p>
      )}

      {preview && <ImportPreviewView preview={preview.preview} fileName={preview.fileName} selectedCell={selectedCell} />}

      {preview && preview.preview.department && year && (
        <fieldset className="card space-y-4 p-4" disabled={pending || Boolean(saved)}>
          <legend className="px-1 font-semibold">3. 保存</legend>
          <div className="space-y-2">
            <label className="flex items-start gap-2">
              <input type="radio" name="mode" value="draft" defaultChecked className="mt-1 h-5 w-5" />
              <span>保存为草稿：{preview.preview.department.name}{year}年度报告，继续编辑后按审核流程提交、签发、发布。</span>
            </label>
            {canPublish && year < currentYear && (
              <label className="flex items-start gap-2">
                <input type="radio" name="mode" value="published" className="mt-1 h-5 w-5" />
                <span>作为已发布的历史报告保存：立即在公开目录中显示，并注明由原文导入；作为下一年度的结转和雷同比较依据。</span>
              </label>
            )}
          </div>
          {canPublish && year < currentYear && (
            <div>
              <label htmlFor="import-published-on" className="field-label">
                原文发布日期（历史报告；留空则取原文页面上的日期，没有则记为{year + 1}年1月31日）
              </label>
              <input id="import-published-on" name="publishedOn" type="date" className="field-input w-48" defaultValue={preview.preview.parsed.publishedOn ?? ''} />
              {fieldError('publishedOn') && <p className="field-error">{fieldError('publishedOn')}</p>}
            </div>
          )}
          {existing && (
            <label className="flex items-start gap-2 rounded border border-warn bg-warn-soft p-3">
              <input type="checkbox" name="replace" className="mt-1 h-5 w-5" />
              <span>
                {preview.preview.department.name}
                {year}年度报告已经存在。用导入的内容替换（已发布的报告将发布为新版本，原版本仍可查阅）。
              </span>
            </label>
          )}
          <button type="submit" name="intent" value="save" className="btn-primary">
            保存
          </button>
        </fieldset>
      )}

      {saved && (
        <p role="status" className="rounded border border-ok bg-ok-soft px-3 py-2 text-sm text-ok">
          {saved.message}
          <Link href={saved.href} className="ml-2 text-brand underline">
            打开报告
          </Link>
        </p>
      )}
    </form>
  );
}
