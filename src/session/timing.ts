/**
 * Named moments of opening a module and taking a step, as User Timing marks (`balint:*`), so a
 * profile in the browser's developer tools and `npm run bench` both see where the time goes
 * (storage, restoring, the step's transition, its save, the render). The player's moments are
 * marked by an inspector from outside the machine, which stays pure. Only the latest mark of each
 * name is kept, so a long session does not pile them up. Nothing is sent anywhere.
 */

/** Record the moment `name` (replacing an earlier mark of the same name). */
export function mark(name: string): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.clearMarks(name);
  performance.mark(name);
}

/** What the step timings need of an inspection event (XState's `InspectionEvent`). */
interface Inspected {
  type: string;
  actorRef: unknown;
  event?: { type: string };
  snapshot?: unknown;
}

/**
 * An XState inspector for the player (`createActor(…, { inspect })`) that marks a step's moments:
 * `balint:step:event` (the choice or Continue reached the player), `balint:step:computed` (the
 * next snapshot and record computed, the save starting), `balint:step:saved` (the save done and
 * the new snapshot shown to the views), and `balint:open:restored` (the attempt open and shown).
 */
export function stepTimings(isPlayer: (actorRef: unknown) => boolean): (e: Inspected) => void {
  return (e) => {
    if (!isPlayer(e.actorRef)) return;
    const type = e.event?.type ?? '';
    if (e.type === '@xstate.event' && (type === 'choice.select' || type === 'scene.continue')) mark('balint:step:event');
    if (e.type !== '@xstate.snapshot') return;
    const tagged = (tag: string) => (e.snapshot as { hasTag?(t: string): boolean } | undefined)?.hasTag?.(tag) ?? false;
    if ((type === 'choice.select' || type === 'scene.continue') && tagged('saving')) mark('balint:step:computed');
    else if (type === 'xstate.done.actor.save') mark('balint:step:saved');
    else if (type === 'xstate.done.actor.open' && tagged('playing')) mark('balint:open:restored');
  };
}
