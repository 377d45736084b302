// Reads an uploaded past report (lib/import parses it) and finds what it
// belongs to: the department (named by the caller, or by the report's title),
// the year, and the report that already exists for them. Nothing is saved.
import 'server-only';
import { db } from '@/lib/db/client';
import { ImportError, detectKind, parseReport, type ParsedImport } from '@/lib/import/parse-report';
import { UserError } from '@/lib/errors';
import { getFormat } from '@/lib/report-format/formats';
import { checkReport, type RuleIssue } from '@/lib/report-format/rules/check-report';
import { findExistingReport } from './import-report';
import { findPublishedContent } from './find-published-content';

export interface ImportPreview {
  parsed: ParsedImport;
  department: { id: string; slug: string; name: string; shortName: string } | null;
  year: number | null;
  existing: Awaited<ReturnType<typeof findExistingReport>>;
  issues: RuleIssue[];
  /** Where what the caller chose differs from what the report says (its title's department or year). */
  notices: string[];
}

/** A department by its key, or by the name the report's title gives (full or short name). */
export async function findImportDepartment(hint: { slug?: string | null; name?: string | null }) {
  const select = { id: true, slug: true, name: true, shortName: true } as const;
  if (hint.slug) return db.department.findUnique({ where: { slug: hint.slug }, select });
  if (!hint.name) return null;
  return (await db.department.findFirst({ where: { name: hint.name }, select })) ?? db.department.findFirst({ where: { shortName: hint.name }, select });
}

export async function previewImport(bytes: Uint8Array, fileName: string, hints: { departmentSlug?: string | null; year?: number | null }): Promise<ImportPreview> {
  let parsed: ParsedImport;
  try {
    parsed = await parseReport({ kind: detectKind(fileName, bytes), bytes, fileName }, { year: hints.year ?? undefined });
  } catch (error) {
    if (error instanceof ImportError) throw UserError.invalid(error.message, { file: error.message });
    throw error;
  }
  const department = await findImportDepartment({ slug: hints.departmentSlug, name: parsed.departmentName });
  const year = hints.year ?? parsed.year;
  const existing = department && year ? await findExistingReport(department.id, year) : null;
  const previous = department && year ? await findPublishedContent(department.id, year - 1) : null;
  const issues = parsed.formatId ? checkReport(getFormat(parsed.formatId), parsed.content, { previous, year: year ?? undefined }) : [];
  const notices: string[] = [];
  if (department && parsed.departmentName && ![department.name, department.shortName].includes(parsed.departmentName)) {
    notices.push(`标题中的部门为“${parsed.departmentName}”，将保存为${department.name}的报告，请确认。`);
  }
  if (year && parsed.year && year !== parsed.year) notices.push(`标题中的年度为${parsed.year}年，将保存为${year}年度报告，请确认。`);
  return { parsed, department, year, existing, issues, notices };
}
