'use client';

import { locationElementId } from '@/lib/report-format/anchors';
import type { RuleIssue } from '@/lib/report-format/rules/check-report';
import { RULES } from '@/lib/report-format/rules/catalogue';

/** `tone` styles the badge in the issue list, `text` an issue written out beside its place. */
const SEVERITY: Record<RuleIssue['severity'], { label: string; tone: string; text: string }> = {
  error: { label: '错误', tone: 'border-danger bg-danger-soft text-danger', text: 'text-danger' },
  warning: { label: '警告', tone: 'border-warn bg-warn-soft text-warn', text: 'text-warn' },
  info: { label: '提示', tone: 'border-line bg-canvas text-muted', text: 'text-muted' },
};

/** Moves focus to the place an issue points to (the cell's input, or the section). */
function jumpTo(elementId: string) {
  const element = document.getElementById(elementId);
  if (!element) return;
  element.scrollIntoView({ block: 'center' });
  const focusable = element.matches('input, textarea, select, button, [tabindex]')
    ? element
    : element.querySelector<HTMLElement>('input, textarea, select, [tabindex]');
  (focusable ?? element).focus({ preventScroll: true });
}

/** The rule results, grouped by severity, each linking to its place. */
export function IssueList({ issues, linkable = true }: { issues: readonly RuleIssue[]; linkable?: boolean }) {
  if (issues.length === 0) return <p className="text-sm text-ok">所有检查规则均已通过。</p>;
  return (
    <ul className="space-y-1.5">
      {issues.map((issue) => (
        <li key={issue.key} className="flex items-start gap-2 text-sm">
          <span className={`mt-0.5 shrink-0 rounded border px-1.5 text-xs ${SEVERITY[issue.severity].tone}`}>
            {SEVERITY[issue.severity].label}
          </span>
          {linkable ? (
            <a
              href={`#${locationElementId(issue.location)}`}
              className="text-ink underline decoration-line hover:decoration-ink"
              title={RULES[issue.ruleId].description}
              onClick={(event) => {
                event.preventDefault();
                jumpTo(locationElementId(issue.location));
              }}
            >
              {issue.message}
            </a>
          ) : (
            <span>{issue.message}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * The issues of one place (a section, a table, the 落款) written out beside
 * it. Info is left to the issue list: it asks for nothing to be changed.
 */
export function InlineIssues({ issues, label, className = 'mt-2' }: { issues: readonly RuleIssue[]; label?: string; className?: string }) {
  const shown = issues.filter((issue) => issue.severity !== 'info');
  if (shown.length === 0) return null;
  return (
    <ul className={`${className} space-y-1 text-sm`} aria-label={label}>
      {shown.map((issue) => (
        <li key={issue.key} className={SEVERITY[issue.severity].text}>
          {SEVERITY[issue.severity].label}：{issue.message}
        </li>
      ))}
    </ul>
  );
}
