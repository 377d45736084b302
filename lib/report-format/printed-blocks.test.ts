import { describe, expect, it } from 'vitest';
import type { TextBlock } from './content';
import { printedBlocks } from './printed-blocks';

const h = (text: string): TextBlock => ({ type: 'heading', text });
const p = (text: string): TextBlock => ({ type: 'paragraph', text });

describe('printed blocks', () => {
  it('drops empty paragraphs and sub-headings with nothing written under them', () => {
    expect(printedBlocks([h('（一）主动公开'), p('内容一'), h('（二）依申请公开'), p(' '), h('（三）政府信息管理'), p(''), p('内容三')])).toEqual([
      h('（一）主动公开'),
      p('内容一'),
      h('（三）政府信息管理'),
      p('内容三'),
    ]);
  });

  it('prints nothing of a new draft’s bare sub-headings', () => {
    expect(printedBlocks([h('（一）'), p(''), h('（二）'), p(''), h('（三）')])).toEqual([]);
    expect(printedBlocks([p('只有正文')])).toEqual([p('只有正文')]);
    expect(printedBlocks([h('（一）'), h('（二）'), p('正文')])).toEqual([h('（二）'), p('正文')]);
  });
});
