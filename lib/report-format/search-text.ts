import type { ParsedReportContent } from './content';

/** The words of a report that the public directory's text search looks in. */
export function reportSearchText(title: string, content: ParsedReportContent): string {
  const blocks = Object.values(content.sections)
    .flat()
    .map((block) => block.text);
  return [title, content.preamble, ...blocks, content.signature.organization].join('\n');
}
