// Who may take which workflow step on a report: the policy (who) combined
// with the state machine (when, and four eyes). Used to authorize and to show
// only the buttons that will work.
import { denial, type Actor, type Denial, type ReportResource } from '@/lib/auth/policy';
import { availableTransitions, fourEyesBar, TRANSITIONS, type FourEyesFacts, type TransitionName, type WorkflowState } from './state-machine';

export type ReportSubject = ReportResource & WorkflowState & FourEyesFacts;

/** Why the actor may not take the step (ignoring the report's state), or null. */
export function transitionDenial(actor: Actor, report: ReportResource, name: TransitionName): Denial | null {
  for (const action of TRANSITIONS[name].actions) {
    const refused = denial(actor, action, report);
    if (refused) return refused;
  }
  return null;
}

/** The steps the report's state allows and the policy would let the actor take. */
function permittedTransitions(actor: Actor, report: ReportSubject): TransitionName[] {
  return availableTransitions(report).filter((name) => transitionDenial(actor, report, name) === null);
}

/** The steps this actor may take on the report in its present state. */
export function allowedTransitions(actor: Actor, report: ReportSubject): TransitionName[] {
  return permittedTransitions(actor, report).filter((name) => fourEyesBar(name, actor.id, report) === null);
}

/** Why four eyes, and only four eyes, keeps the actor from a step (the page says why its button is missing), or null. */
export function fourEyesNotice(actor: Actor, report: ReportSubject): string | null {
  for (const name of permittedTransitions(actor, report)) {
    const bar = fourEyesBar(name, actor.id, report);
    if (bar) return bar;
  }
  return null;
}
