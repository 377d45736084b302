'use client';

// A text section: paragraphs and numbered sub-headings, edited as plain text.
import { blockElementId } from '@/lib/report-format/anchors';
import type { TextBlock } from '@/lib/report-format/content';
import { textLength } from '@/lib/report-format/text-length';
import type { SectionDef } from '@/lib/report-format/types';

export function TextBlocksEditor({
  section,
  blocks,
  readOnly,
  onChange,
}: {
  section: SectionDef;
  blocks: readonly TextBlock[];
  readOnly: boolean;
  onChange: (blocks: TextBlock[]) => void;
}) {
  const update = (index: number, block: TextBlock) => onChange(blocks.map((each, at) => (at === index ? block : each)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...blocks];
    const [taken] = next.splice(index, 1);
    next.splice(index + by, 0, taken!);
    onChange(next);
  };
  const remove = (index: number) => onChange(blocks.filter((_, at) => at !== index));
  const add = (type: TextBlock['type']) => onChange([...blocks, { type, text: '' }]);
  // Numbered as the rules name them (“第 2 段为空”, “第 1 个小标题为空”).
  let paragraphNumber = 0;
  let headingNumber = 0;
  // Counted as the length rule counts, so the counter turns amber exactly when the rule warns.
  const chars = textLength(blocks);

  return (
    <div className="space-y-3">
      {blocks.length === 0 && <p className="text-sm text-muted">{section.placeholder ?? '（文字描述）'}</p>}
      {blocks.map((block, index) => {
        const fieldId = blockElementId(section.id, index);
        const label = block.type === 'heading' ? `第 ${++headingNumber} 个小标题` : `第 ${++paragraphNumber} 段`;
        return (
          <div key={index} className="group flex items-start gap-2">
            <div className="flex-1">
              <label htmlFor={fieldId} className="sr-only">
                {`${section.number}、${section.title} ${label}`}
              </label>
              {block.type === 'heading' ? (
                <input
                  id={fieldId}
                  className="field-input font-semibold"
                  value={block.text}
                  readOnly={readOnly}
                  placeholder="小标题，例如（一）主动公开情况"
                  onChange={(event) => update(index, { type: 'heading', text: event.target.value })}
                />
              ) : (
                <textarea
                  id={fieldId}
                  className="field-input min-h-24 leading-relaxed"
                  value={block.text}
                  readOnly={readOnly}
                  rows={Math.min(14, Math.max(3, Math.ceil(block.text.length / 45)))}
                  placeholder={section.placeholder ?? '（文字描述）'}
                  onChange={(event) => update(index, { type: 'paragraph', text: event.target.value })}
                />
              )}
            </div>
            {!readOnly && (
              <div className="flex shrink-0 flex-col gap-1" role="group" aria-label={`${label}的操作`}>
                <button type="button" className="editor-icon-button" aria-label={`上移${label}`} disabled={index === 0} onClick={() => move(index, -1)}>
                  ↑
                </button>
                <button
                  type="button"
                  className="editor-icon-button"
                  aria-label={`下移${label}`}
                  disabled={index === blocks.length - 1}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </button>
                <button type="button" className="editor-icon-button" aria-label={`删除${label}`} onClick={() => remove(index)}>
                  ×
                </button>
              </div>
            )}
          </div>
        );
      })}
      <div className="flex flex-wrap items-center gap-2">
        {!readOnly && (
          <>
            <button type="button" className="btn-secondary" onClick={() => add('paragraph')}>
              添加段落
            </button>
            <button type="button" className="btn-secondary" onClick={() => add('heading')}>
              添加小标题
            </button>
          </>
        )}
        <span className={`ml-auto text-sm ${section.maxLengthChars && chars > section.maxLengthChars ? 'text-warn' : 'text-muted'}`}>
          共 {chars} 字{section.maxLengthChars ? `（原则上不超过 ${section.maxLengthChars} 字）` : ''}
        </span>
      </div>
    </div>
  );
}
