// How much one visitor and one address can add to 访问量, shared by every
// server process (lib/rate-limit, in PostgreSQL). Beyond the 30-minute rule
// per report (./record-view.ts): a person reads far fewer reports than this;
// an office behind one address far fewer than the address limit.
import 'server-only';
import { createLimit } from '@/lib/rate-limit/rate-limit';

export const COUNTS_PER_VISITOR_PER_10_MINUTES = 30;
export const COUNTS_PER_ADDRESS_PER_HOUR = 300;

const perVisitor = createLimit('views-visitor', { points: COUNTS_PER_VISITOR_PER_10_MINUTES, durationSeconds: 600 });
const perAddress = createLimit('views-address', { points: COUNTS_PER_ADDRESS_PER_HOUR, durationSeconds: 3600 });

/** Whether a view of this visitor from this address may still be counted. */
export async function mayCountView(visitorId: string, address: string): Promise<boolean> {
  const visitor = await perVisitor(visitorId);
  if (!visitor.allowed) return false;
  return (await perAddress(address)).allowed;
}
