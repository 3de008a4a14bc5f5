/** Whether the Throws.svelte fixture throws when it renders (tests switch it). */
export const breaking = { now: true };
