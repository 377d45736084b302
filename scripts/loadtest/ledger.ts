// What the editors were told about their saves, and the text each save
// carries: one paragraph of the report, changed at every save, so that the
// stored report shows which save it holds (./verify.ts).

/** A report's content as far as the load test touches it. */
export type Content = { sections: Record<string, { type: string; text?: string }[]> } & Record<string, unknown>;

/** The section the editors type in, and the paragraph that carries their change. */
const SECTION = 's6';
const MARK = '【压力测试】';

export function withText(content: Content, text: string): Content {
  const blocks = (content.sections[SECTION] ?? []).filter((block) => !(block.type === 'paragraph' && block.text?.startsWith(MARK)));
  return { ...content, sections: { ...content.sections, [SECTION]: [...blocks, { type: 'paragraph', text: MARK + text }] } };
}

/** The text an editor's save left in the report (read back by ./verify.ts). */
export function savedText(content: Content): string | null {
  const block = content.sections[SECTION]?.findLast((candidate) => candidate.text?.startsWith(MARK));
  return block?.text?.slice(MARK.length) ?? null;
}

/** What the editors were told about their saves. */
export class SaveLedger {
  /** reportId → acknowledged version → the text it saved. */
  readonly acked = new Map<string, Map<number, string>>();
  /** Saves answered with a failure (an error result or a non-2xx status). */
  failedReported = 0;
  /** Saves not answered at all (timeout, connection error): the editor cannot know. */
  unanswered = 0;

  ack(reportId: string, version: number, text: string): void {
    if (!this.acked.has(reportId)) this.acked.set(reportId, new Map());
    this.acked.get(reportId)!.set(version, text);
  }

  get ackedCount(): number {
    return [...this.acked.values()].reduce((sum, versions) => sum + versions.size, 0);
  }
}
