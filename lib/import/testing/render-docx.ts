// A printed report (./printed.ts) as the Word document a department writes:
// title, body text, tables with merged cells (rowSpan / columnSpan, as
// lib/documents/report-docx.ts makes them), a table broken in two at a page
// break, a page-number footer and, optionally, an image (a scanned seal) that
// the parser must not read.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { PrintedBlock, PrintedCell } from './printed';

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/** A 1×1 PNG standing in for a seal image. */
const SEAL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

const run = (text: string, font = '仿宋_GB2312') => new TextRun({ text, font: { eastAsia: font }, size: 32 });

function cell(printed: PrintedCell): TableCell {
  return new TableCell({
    // A label or header printed on two lines is two paragraphs of the cell.
    children: printed.text.split('\n').map((part) => new Paragraph({ children: part ? [new TextRun({ text: part, font: { eastAsia: '宋体' }, size: 21 })] : [], alignment: AlignmentType.CENTER })),
    ...(printed.rowSpan && printed.rowSpan > 1 ? { rowSpan: printed.rowSpan } : {}),
    ...(printed.colSpan && printed.colSpan > 1 ? { columnSpan: printed.colSpan } : {}),
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER },
  });
}

function blockParts(block: PrintedBlock, previous: PrintedBlock | undefined): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ children: [run(block.text, '方正小标宋简体')], alignment: AlignmentType.CENTER })];
    case 'heading':
      return [new Paragraph({ children: [run(block.text, '黑体')], indent: { firstLine: 640 } })];
    case 'paragraph':
      return [new Paragraph({ children: [run(block.text)], indent: { firstLine: 640 } })];
    case 'signature':
      return [new Paragraph({ children: [run(block.text)], alignment: AlignmentType.RIGHT })];
    case 'table': {
      const table = new Table({ rows: block.rows.map((row) => new TableRow({ children: row.map(cell) })), width: { size: 100, type: WidthType.PERCENTAGE } });
      // A second table straight after a table: the first was broken there by hand at a page break.
      return previous?.kind === 'table' ? [new Paragraph({ children: [new PageBreak()] }), table] : [new Paragraph({ children: [] }), table];
    }
  }
}

export async function reportDocxBytes(blocks: PrintedBlock[], options: { seal?: boolean } = {}): Promise<Uint8Array> {
  const children = blocks.flatMap((block, index) => blockParts(block, blocks[index - 1]));
  if (options.seal) children.push(new Paragraph({ children: [new ImageRun({ type: 'png', data: SEAL_PNG, transformation: { width: 120, height: 120 } })], alignment: AlignmentType.RIGHT }));
  const document = new Document({
    sections: [
      {
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })] })] }) },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
