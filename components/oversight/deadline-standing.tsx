'use client';

// Where one department stands against each deadline of the year: 还剩 N 天,
// 今天截止, 逾期 N 天, 按时完成, 晚 N 天完成 — by the reader's own clock.
import { checkDeadlines, DEADLINE_LABELS, describeCheck, latenessOf, LATENESS_LABELS, type Milestones, type YearDeadlines } from '@/lib/oversight/deadlines';
import { useToday } from './use-today';

const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

const TONE = { met: 'text-ok', late: 'text-warn', open: 'text-ink', overdue: 'text-danger font-semibold' } as const;

export function DeadlineStanding({ deadlines, milestones, serverToday }: { deadlines: YearDeadlines; milestones: Milestones; serverToday: string }) {
  const today = useToday(serverToday);
  const checks = checkDeadlines(deadlines, milestones, today);
  const lateness = latenessOf(checks);
  return (
    <div data-testid="deadline-standing" data-lateness={lateness}>
      {lateness === 'overdue' && <span className="mb-1 inline-block rounded bg-danger px-1.5 text-xs text-white">{LATENESS_LABELS.overdue}</span>}
      {lateness === 'soon' && <span className="mb-1 inline-block rounded bg-warn px-1.5 text-xs text-white">{LATENESS_LABELS.soon}</span>}
      <ul className="space-y-0.5 text-xs">
        {checks.map((check) => (
          <li key={check.kind} data-kind={check.kind} className={TONE[check.status]}>
            {DEADLINE_LABELS[check.kind]}（{monthDay(check.date)}）：{describeCheck(check)}
          </li>
        ))}
      </ul>
    </div>
  );
}
