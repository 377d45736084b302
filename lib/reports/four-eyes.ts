// Four eyes: nobody approves a report whose content they changed themselves.
import { UserError } from '@/lib/errors';

export const FOUR_EYES_MESSAGE = '您修改过该报告本版本的内容。按照双人审核要求，不能由您审核通过，请由其他审核人员处理。';

export function assertFourEyes(report: { editorIds: readonly string[] }, actorId: string): void {
  if (report.editorIds.includes(actorId)) throw UserError.forbidden(FOUR_EYES_MESSAGE);
}
