// Every test report in every input form: every cell of every table, the
// text, the 落款, the problems and the printed totals, form by form.
import { describe, expect, it } from 'vitest';
import { parseReport } from './parse-report';
import { expectReport } from './testing/expect';
import { FIXTURES, FORMS, fixtureInput } from './testing/forms';

const timings: string[] = [];
let cellsAsserted = 0;

describe.each(FIXTURES)('$name', (fixture) => {
  it.each(FORMS)('reads every cell, section and the 落款 from the %s form', async (form) => {
    const input = await fixtureInput(fixture, form);
    const started = performance.now();
    const parsed = await parseReport(input);
    const elapsed = performance.now() - started;
    timings.push(`${fixture.name} ${form}: ${elapsed.toFixed(0)} ms, ${input.bytes.length} bytes`);
    cellsAsserted += expectReport(fixture, parsed, { publishedOn: form !== 'docx' });
    expect(parsed.encoding).toBe(form === 'docx' ? null : form === 'html-gbk' ? 'GB18030' : 'UTF-8');
    expect(elapsed).toBeLessThan(2000);
  });
});

describe('figures', () => {
  it('asserted every cell of every fixture in every form', () => {
    console.info(`${cellsAsserted} cells asserted\n${timings.join('\n')}`);
    expect(cellsAsserted).toBeGreaterThan(2000);
  });
});
