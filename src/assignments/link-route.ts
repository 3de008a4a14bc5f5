/**
 * The route of an assignment link, alone in a file so the home page can link to saved assignments,
 * and the router can check a module's `?from=` payload, without loading the link reader (valibot,
 * the schema) before it has anything to show.
 */

/** The route prefix of an assignment link, after the app's address. */
export const ASSIGNMENT_ROUTE = '#/assignment/';

/** Longest payload (characters after `#/assignment/`) accepted or written. */
export const MAX_PAYLOAD_CHARS = 4096;

/**
 * True when `text` has the shape of a link payload: base64url characters only, within the length
 * limit. Cheap enough for the router; whether it reads as an assignment is `decodeAssignment`'s to say.
 */
export function isPayloadShaped(text: string): boolean {
  return text.length > 0 && text.length <= MAX_PAYLOAD_CHARS && /^[A-Za-z0-9_-]+$/.test(text);
}
