// Micro-benchmark of the rule checker the editor runs on every keystroke:
// checkReport on the full gov-2021 sample with the previous year, timed per
// call after a JIT warm-up. Target: p99 under 5 ms.
import { getFormat } from '@/lib/report-format/formats';
import { checkReport } from '@/lib/report-format/rules/check-report';
import { sample2021 } from '@/lib/report-format/testing/sample-content';

export const RULE_CHECKER_P99_MS = 5;

export interface RuleCheckerResult {
  iterations: number;
  mean: number;
  p99: number;
  issues: number;
}

export function benchRuleChecker(iterations = 2000): RuleCheckerResult {
  const format = getFormat('gov-2021');
  const content = sample2021();
  const previous = { format, content: sample2021() };
  for (let i = 0; i < 200; i++) checkReport(format, content, { previous }); // let the JIT settle
  const times: number[] = [];
  let issues = 0;
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    issues = checkReport(format, content, { previous }).length;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((sum, time) => sum + time, 0) / times.length;
  const p99 = times[Math.min(times.length - 1, Math.ceil(times.length * 0.99) - 1)]!;
  return { iterations, mean, p99, issues };
}
