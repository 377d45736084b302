// Report content as stored in JSON columns, read back through the zod model.
import type { Prisma } from '@/lib/db/generated/client.ts';
import { reportContentSchema, type ParsedReportContent } from '@/lib/report-format/content';

export function readContent(json: Prisma.JsonValue): ParsedReportContent {
  return reportContentSchema.parse(json);
}

export function toJson(content: ParsedReportContent): Prisma.InputJsonValue {
  return content as unknown as Prisma.InputJsonValue;
}
