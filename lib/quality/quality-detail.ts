// A report's quality as its pages explain it: the score with its parts, and
// for the sections most like another report, both texts side by side with the
// passages they share highlighted.
import 'server-only';
import { db } from '@/lib/db/client';
import { getFormat } from '@/lib/report-format/formats';
import { sectionTexts } from '@/lib/public/public-details';
import { readContent } from '@/lib/reports/stored-content';
import { segments, type Segment } from './highlight';
import { computeQuality, type QualityResult, type SimilarSection } from './report-quality';
import { matchedPassages } from './similarity';

/** How many comparisons are shown side by side. */
const SHOWN = 3;

export interface Comparison extends SimilarSection {
  sectionTitle: string;
  /** Share of this section's text inside a shared passage. */
  coverage: number;
  own: Segment[];
  theirs: Segment[];
}

export interface QualityDetail extends QualityResult {
  comparisons: Comparison[];
}

async function publishedSectionText(reportId: string, sectionId: string): Promise<string | null> {
  const report = await db.report.findUnique({ where: { id: reportId }, select: { publishedEdition: { select: { formatId: true, content: true } } } });
  const edition = report?.publishedEdition;
  if (!edition) return null;
  return sectionTexts(getFormat(edition.formatId), readContent(edition.content)).find((section) => section.sectionId === sectionId)?.text ?? null;
}

export async function getQualityDetail(reportId: string): Promise<QualityDetail | null> {
  const result = await computeQuality(reportId);
  if (!result) return null;
  const report = await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { formatId: true, content: true } });
  const format = getFormat(report.formatId);
  const ownTexts = new Map(sectionTexts(format, readContent(report.content)).map((section) => [section.sectionId, section.text]));
  const comparisons: Comparison[] = [];
  for (const similar of result.similar.slice(0, SHOWN)) {
    const own = ownTexts.get(similar.sectionId);
    const theirs = await publishedSectionText(similar.reportId, similar.sectionId);
    if (!own || !theirs) continue;
    const match = matchedPassages(own, theirs);
    const section = format.sections.find((each) => each.id === similar.sectionId);
    comparisons.push({
      ...similar,
      sectionTitle: section ? `${section.number}、${section.title}` : similar.sectionId,
      coverage: match.coverage,
      own: segments(own, match.passages.map((passage) => passage.a)),
      theirs: segments(theirs, match.passages.map((passage) => passage.b)),
    });
  }
  return { ...result, comparisons };
}
