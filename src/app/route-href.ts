/**
 * The addresses that carry the assignment a module was opened from (`?from=<link payload>`, read
 * back by `parseRoute` in router.svelte.ts). They live apart from the router, which the home page
 * loads, because only screens that load later write them.
 */

/** The address of a module; `from`: the link payload of the assignment it is opened from. */
export function moduleHref(id: string, from?: string): string {
  return from ? `#/module/${id}?from=${from}` : `#/module/${id}`;
}

/** The address of a finished attempt's debrief (where the player sends it when the debrief's code does not arrive); `from`: as for its module. */
export function debriefHref(attemptId: string, from?: string): string {
  const at = `#/debrief/${encodeURIComponent(attemptId)}`;
  return from ? `${at}?from=${from}` : at;
}
