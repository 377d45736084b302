// A report in the official published layout: title, opening paragraph,
// sections 一 to 六 in order, the tables as printed, and the 落款.
// Server-renderable; the same view serves the public page, the review screen
// and the editor's preview.
import type { ParsedReportContent, TextBlock } from '@/lib/report-format/content';
import { formatChineseDate } from '@/lib/report-format/deadline';
import { printedBlocks } from '@/lib/report-format/printed-blocks';
import type { ReportFormat, SectionDef } from '@/lib/report-format/types';
import { ReportTableOf } from './report-table-of';

interface PublishedReportProps {
  format: ReportFormat;
  content: ParsedReportContent;
  title: string;
  /** Keeps element ids unique when a page shows more than one report. */
  idPrefix?: string;
  /** The level of the title: 1 on a report's own page. */
  titleLevel?: 1 | 2 | 3;
}

type Level = 1 | 2 | 3 | 4 | 5;

function Heading({ level, ...props }: { level: Level } & React.HTMLAttributes<HTMLHeadingElement>) {
  switch (level) {
    case 1:
      return <h1 {...props} />;
    case 2:
      return <h2 {...props} />;
    case 3:
      return <h3 {...props} />;
    case 4:
      return <h4 {...props} />;
    case 5:
      return <h5 {...props} />;
  }
}

function TextBlocks({ blocks, level }: { blocks: readonly TextBlock[]; level: Level }) {
  return (
    <>
      {printedBlocks(blocks).map((block, index) =>
          block.type === 'heading' ? (
            <Heading key={index} level={level} className="report-subheading">
              {block.text}
            </Heading>
          ) : (
            <p key={index}>{block.text}</p>
          ),
        )}
    </>
  );
}

function Section({
  section,
  format,
  content,
  idPrefix,
  level,
}: {
  section: SectionDef;
  format: ReportFormat;
  content: ParsedReportContent;
  idPrefix: string;
  level: Level;
}) {
  const headingId = `${idPrefix}sec-${section.id}`;
  return (
    <section aria-labelledby={headingId} className="report-section">
      <Heading level={level} id={headingId}>
        {section.number}、{section.title}
      </Heading>
      {section.kind === 'text' ? (
        <TextBlocks blocks={content.sections[section.id] ?? []} level={(level + 1) as Level} />
      ) : (
        (section.tables ?? []).map((tableId) => (
          <ReportTableOf
            key={tableId}
            formatId={format.id}
            tableId={tableId}
            values={content.tables[tableId]}
            printed={content.printedTotals?.[tableId]}
            idPrefix={idPrefix}
          />
        ))
      )}
    </section>
  );
}

export function PublishedReport({ format, content, title, idPrefix = '', titleLevel = 1 }: PublishedReportProps) {
  return (
    <article className="report-document" aria-label={title}>
      <Heading level={titleLevel} className="report-title">
        {title}
      </Heading>
      {content.preamble.trim() && <p className="report-preamble">{content.preamble}</p>}
      {format.sections.map((section) => (
        <Section
          key={section.id}
          section={section}
          format={format}
          content={content}
          idPrefix={idPrefix}
          level={(titleLevel + 1) as Level}
        />
      ))}
      <div className="report-signature">
        <p>{content.signature.organization}</p>
        {content.signature.date && <p>{formatChineseDate(content.signature.date)}</p>}
      </div>
    </article>
  );
}
