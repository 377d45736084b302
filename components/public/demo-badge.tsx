export function DemoBadge() {
  return (
    <span className="ml-2 inline-block rounded border border-warn px-1.5 text-xs text-warn" title="系统演示生成的数据，不代表真实情况">
      演示数据
    </span>
  );
}
