// Every input form of a fixture, as the parser receives it.
import type { ImportInput } from '../result';
import type { Fixture } from './fixture';
import { EDUCATION_2021 } from './fixtures-2021';
import { MARKET_2022 } from './fixtures-2022';
import { HUMAN_RESOURCES_2023 } from './fixtures-2023';
import { HEALTH_2019 } from './fixtures-2019';
import { HOUSING_2020 } from './fixtures-2020';
import { printedReport } from './printed';
import { cellPerLineText, gbkPage, htmlPage, tabRowsText } from './render';
import { reportDocxBytes } from './render-docx';

export const FIXTURES: readonly Fixture[] = [HEALTH_2019, HOUSING_2020, EDUCATION_2021, MARKET_2022, HUMAN_RESOURCES_2023];

export const FORMS = ['html', 'html-gbk', 'cell-per-line', 'tab-rows', 'docx'] as const;
export type Form = (typeof FORMS)[number];

const utf8 = (text: string) => new TextEncoder().encode(text);

export async function fixtureInput(fixture: Fixture, form: Form): Promise<ImportInput> {
  const blocks = printedReport(fixture);
  switch (form) {
    case 'html':
      return { kind: 'html', bytes: utf8(htmlPage(fixture, blocks)), fileName: 'report.html' };
    case 'html-gbk':
      return { kind: 'html', bytes: gbkPage(fixture, blocks), fileName: 'report-gbk.htm' };
    case 'cell-per-line':
      return { kind: 'text', bytes: utf8(cellPerLineText(fixture, blocks)), fileName: 'report.txt' };
    case 'tab-rows':
      return { kind: 'text', bytes: utf8(tabRowsText(fixture, blocks)), fileName: 'report-rows.txt' };
    case 'docx':
      return { kind: 'docx', bytes: await reportDocxBytes(blocks, { seal: fixture.layout.seal }), fileName: 'report.docx' };
  }
}
