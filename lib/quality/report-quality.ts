// A report's quality (lib/quality/score.ts) from its working copy: the rules,
// the dates, and how much of each text section is the same as the
// department's previous report and as other reports of the district in the
// same year (their fingerprints in public_report_texts). Stored in
// report_quality for the dashboard; refreshed after each workflow step and
// when the dashboard shows a score from an older version.
import 'server-only';
import type { Prisma } from '@/lib/db/generated/client.ts';
import { db } from '@/lib/db/client';
import { isoDate } from '@/lib/format-time';
import { getFormat } from '@/lib/report-format/formats';
import { checkReport, type RuleIssue } from '@/lib/report-format/rules/check-report';
import { sectionTexts } from '@/lib/public/public-details';
import { findPublishedContent } from '@/lib/reports/find-published-content';
import { readContent } from '@/lib/reports/stored-content';
import { countsFromIssues, qualityScore, SIMILARITY_WARNING, type QualityScore } from './score';
import { fingerprints, isComparable, resemblance } from './similarity';

/** One text section that resembles another report's. */
export interface SimilarSection {
  sectionId: string;
  /** The other report, and whose it is. */
  reportId: string;
  departmentName: string;
  year: number;
  /** previous: the department's own previous report; other: another department's, same year. */
  kind: 'previous' | 'other';
  /** Share (0–1) of this section's fingerprints found in the other. */
  resemblance: number;
}

export interface QualityResult {
  score: QualityScore;
  issues: RuleIssue[];
  /** Sections at or above the warning threshold, most similar first. */
  similar: SimilarSection[];
  highest: number | null;
}

async function loadReport(reportId: string) {
  return db.report.findUnique({
    where: { id: reportId },
    select: { id: true, year: true, version: true, formatId: true, content: true, departmentId: true, firstPublishedAt: true, department: { select: { districtId: true } } },
  });
}

/** Computes the quality of a report's working copy now; null when the report does not exist. */
export async function computeQuality(reportId: string, now: Date = new Date()): Promise<(QualityResult & { version: number }) | null> {
  const report = await loadReport(reportId);
  if (!report) return null;
  const format = getFormat(report.formatId);
  const content = readContent(report.content);
  const previous = await findPublishedContent(report.departmentId, report.year - 1);
  const issues = checkReport(format, content, { previous, year: report.year, today: isoDate(now) });
  const own = sectionTexts(format, content)
    .map((section) => ({ ...section, prints: fingerprints(section.text) }))
    .filter((section) => isComparable(section.prints));

  const similar: SimilarSection[] = [];
  let toPrevious: number | null = null;
  let toOthers: number | null = null;
  if (previous) {
    const previousReport = await db.report.findUnique({
      where: { departmentId_year: { departmentId: report.departmentId, year: report.year - 1 } },
      select: { id: true, department: { select: { name: true } } },
    });
    const theirs = new Map(sectionTexts(previous.format, previous.content).map((section) => [section.sectionId, fingerprints(section.text)]));
    for (const section of own) {
      const prints = theirs.get(section.sectionId);
      if (!prints || !isComparable(prints)) continue;
      const share = resemblance(section.prints, prints);
      toPrevious = Math.max(toPrevious ?? 0, share);
      if (share >= SIMILARITY_WARNING && previousReport) {
        similar.push({ sectionId: section.sectionId, reportId: previousReport.id, departmentName: previousReport.department.name, year: report.year - 1, kind: 'previous', resemblance: share });
      }
    }
  }
  // Other departments of the district, same year: their published sections (fingerprints only).
  const others = await db.publicReportText.findMany({
    where: { districtId: report.department.districtId, year: report.year, reportId: { not: report.id }, sectionId: { in: own.map((section) => section.sectionId) } },
    select: { reportId: true, sectionId: true, fingerprints: true, report: { select: { departmentName: true } } },
  });
  for (const section of own) {
    for (const other of others) {
      if (other.sectionId !== section.sectionId || !isComparable(other.fingerprints)) continue;
      const share = resemblance(section.prints, other.fingerprints);
      toOthers = Math.max(toOthers ?? 0, share);
      if (share >= SIMILARITY_WARNING) {
        similar.push({ sectionId: section.sectionId, reportId: other.reportId, departmentName: other.report.departmentName, year: report.year, kind: 'other', resemblance: share });
      }
    }
  }
  similar.sort((a, b) => b.resemblance - a.resemblance);

  const score = qualityScore({
    year: report.year,
    publishedAt: report.firstPublishedAt?.toISOString() ?? null,
    now: now.toISOString(),
    ...countsFromIssues(issues),
    resemblanceToPrevious: toPrevious,
    resemblanceToOthers: toOthers,
  });
  const highest = toPrevious === null && toOthers === null ? null : Math.max(toPrevious ?? 0, toOthers ?? 0);
  return { score, issues, similar: similar.slice(0, 10), highest, version: report.version };
}

/** Computes and stores a report's quality. */
export async function refreshQuality(reportId: string, now: Date = new Date()): Promise<QualityResult | null> {
  const result = await computeQuality(reportId, now);
  if (!result) return null;
  const data = {
    score: result.score.total,
    parts: result.score.parts as unknown as Prisma.InputJsonValue,
    originality: result.highest,
    similar: result.similar as unknown as Prisma.InputJsonValue,
    version: result.version,
    computedAt: now,
  };
  try {
    await db.reportQuality.upsert({ where: { reportId }, create: { reportId, ...data }, update: data });
  } catch (error) {
    // The report was deleted meanwhile (P2003: its row is gone): nothing to keep.
    if ((error as { code?: string }).code === 'P2003') return null;
    throw error;
  }
  return result;
}

/** Refreshes the given reports' stored quality, one after another (the dashboard's page at most). */
export async function refreshStaleQuality(reportIds: readonly string[]): Promise<void> {
  for (const reportId of reportIds) await refreshQuality(reportId);
}
