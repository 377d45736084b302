// What a notification is about, and how the interface names it: a workflow
// step by the step's own name (lib/workflow/state-machine.ts).
import { TRANSITIONS, type TransitionName } from '@/lib/workflow/state-machine';

export const NOTIFICATION_KINDS = ['submitted', 'signedOff', 'withdrawn', 'returned', 'commented', 'approved', 'published', 'unpublished', 'reminder'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The step each kind announces (publishing is announced for approveAndPublish too). */
const STEP_OF: Record<Exclude<NotificationKind, 'commented' | 'reminder'>, TransitionName> = {
  submitted: 'submit',
  signedOff: 'signOff',
  withdrawn: 'withdraw',
  returned: 'return',
  approved: 'approve',
  published: 'publish',
  unpublished: 'unpublish',
};

export const NOTIFICATION_LABELS: Record<NotificationKind, string> = {
  ...(Object.fromEntries(Object.entries(STEP_OF).map(([kind, step]) => [kind, TRANSITIONS[step].label])) as Record<
    Exclude<NotificationKind, 'commented' | 'reminder'>,
    string
  >),
  commented: '新评论',
  reminder: '催报提醒',
};
