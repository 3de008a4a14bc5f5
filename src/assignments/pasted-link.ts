/**
 * Text pasted where an assignment link is expected. People paste anything: the whole link, the link
 * broken over lines by an e-mail or a printout, the app's home address, another site's address, a
 * sentence. This finds the payload (the part after `#/assignment/`) or says, as a code, what kind of
 * text it is instead, so the field can explain why it is not an assignment link. Reading the
 * payload itself is `decodeAssignment`.
 */
import { ASSIGNMENT_ROUTE } from './link-route';

/** Why pasted text holds no assignment payload. */
export type PastedLinkProblem =
  /** Nothing but spaces. */
  | 'empty'
  /** A web address without `#/assignment/` (the app's home page, another site). */
  | 'web-address'
  /** `#/assignment/` with nothing after it: the link was cut off. */
  | 'cut-off'
  /** Text that is neither a link nor a payload. */
  | 'not-a-link';

/** The payload of pasted text, or what kind of text it is instead. */
export type PastedLink = { ok: true; payload: string } | { ok: false; problem: PastedLinkProblem };

/** Shortest payload a bare paste may be: the smallest assignment is about 30 characters encoded (short link). */
const MIN_BARE_PAYLOAD = 24;
const WEB_ADDRESS = /^([a-z][a-z0-9+.-]*:\/\/|www\.)/i;

/** Read pasted text as an assignment link, or a bare payload (line breaks and spaces are ignored). */
export function readPastedLink(pasted: string): PastedLink {
  const text = pasted.replace(/\s+/g, '');
  if (!text) return { ok: false, problem: 'empty' };
  const at = text.indexOf(ASSIGNMENT_ROUTE);
  if (at >= 0) {
    const payload = text.slice(at + ASSIGNMENT_ROUTE.length);
    return payload ? { ok: true, payload } : { ok: false, problem: 'cut-off' };
  }
  if (WEB_ADDRESS.test(text)) return { ok: false, problem: 'web-address' };
  if (text.length >= MIN_BARE_PAYLOAD && /^[A-Za-z0-9_-]+$/.test(text)) return { ok: true, payload: text };
  return { ok: false, problem: 'not-a-link' };
}
