/**
 * The assignment a module was opened from: the link payload its route carries (`?from=`, checked
 * for shape by `parseRoute`), provided by the module screen through Svelte context so the session's
 * way back and the debrief's next steps can find it without storing anything and without every
 * screen in between passing it on. Outside a module screen (an authoring preview, an earlier
 * attempt's debrief) nothing is provided and there is none.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('opened-from');

/** Provide the payload the module was opened from to descendants (a getter, so it follows the route). */
export function provideOpenedFrom(from: () => string | undefined): void {
  setContext(KEY, from);
}

/** Read the payload the module was opened from: a getter that returns undefined when there is none. */
export function openedFrom(): () => string | undefined {
  return getContext<(() => string | undefined) | undefined>(KEY) ?? (() => undefined);
}
