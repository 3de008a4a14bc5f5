/**
 * The HTML that script text may become, in one place. The sanitiser (`markdown.ts`, build time and
 * authoring screen) enforces it, and the page's Trusted Types policy (`src/ui/trusted-html.ts`)
 * checks it again before a string reaches `{@html}`. Kept apart from `markdown.ts` so the player
 * can import the list without pulling in marked and DOMPurify.
 */

/** Elements the sanitiser keeps. None of them is a raw-text element (script, style, textarea, title…). */
export const ALLOWED_TAGS: readonly string[] = ['p', 'em', 'strong', 'a', 'ul', 'ol', 'li', 'br', 'code', 'blockquote', 'del'];

/** Attributes the output may carry: href and title from the author, rel and target from the link hook. */
export const ALLOWED_ATTRS: readonly string[] = ['href', 'title', 'rel', 'target'];

/** Link targets that survive: https, mailto and in-page anchors; anything else loses its href. */
export const SAFE_HREF = /^(https:\/\/|mailto:|#)/i;
