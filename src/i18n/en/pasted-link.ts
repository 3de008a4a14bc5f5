/** The field an assignment link is pasted into (AssignmentLinkField), and why a text is not one. */
import type { PastedLinkProblem } from '../../assignments/pasted-link';

export const pastedLink = {
  /** The instructor's field, to continue an assignment made earlier. */
  label: 'Paste its link',
  load: 'Load assignment',
  hint: 'The link your learners got: a web address with “#/assignment/” in it. A link broken over several lines is fine.',
  /** Why the pasted text is not an assignment link, and what to paste instead. */
  problem: {
    empty: 'Nothing was pasted. Paste the whole assignment link: a web address with “#/assignment/” in it.',
    'web-address':
      'This is a web address, but not an assignment link: it has no “#/assignment/” in it, and an assignment travels in the part after “#/assignment/”. Copy the whole link from where you shared it (the message, the handout or step 2 of this page) and paste it again.',
    'cut-off': 'This link stops right after “#/assignment/”, so the assignment itself is missing: it was probably cut off when it was copied. Copy the whole link again.',
    'not-a-link':
      'This text is not an assignment link. An assignment link is a web address with “#/assignment/” followed by a long run of letters, digits, “-” and “_”, which holds the assignment itself. Paste the whole link you shared with your learners.',
  } satisfies Record<PastedLinkProblem, string>,
  /** After any refusal. */
  nothingChanged: 'Nothing was changed.',
};
