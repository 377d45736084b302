import type { ContentChange } from '@/lib/report-format/diff';

const CHANGE_LABELS = { added: '新增', removed: '删除', changed: '修改' } as const;

/** What changed since a given version: paragraphs and cells. */
export function ChangesList({ against, changes }: { against: string; changes: ContentChange[] }) {
  return (
    <div>
      <p className="mb-2 text-sm text-muted">与{against}相比：{changes.length ? `共 ${changes.length} 处修改。` : '没有修改。'}</p>
      {changes.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="changes">
            <caption className="sr-only">修改对比</caption>
            <thead className="bg-canvas">
              <tr>
                <th scope="col" className="px-3 py-2">位置</th>
                <th scope="col" className="px-3 py-2">修改前</th>
                <th scope="col" className="px-3 py-2">修改后</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change, index) => (
                <tr key={index} className="border-t border-line align-top">
                  <th scope="row" className="px-3 py-2 font-normal">
                    {change.place}
                    {change.kind === 'text' && <span className="ml-1 text-xs text-muted">（{CHANGE_LABELS[change.change]}段落）</span>}
                  </th>
                  <td className="px-3 py-2 whitespace-pre-wrap">
                    {change.before === null ? '—' : <del className="bg-danger-soft text-danger line-through">{change.before}</del>}
                  </td>
                  <td className="px-3 py-2 whitespace-pre-wrap">
                    {change.after === null ? '—' : <ins className="bg-ok-soft text-ok no-underline">{change.after}</ins>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
