/**
 * Built-in module ids by position, for short assignment links (link format 3): a link names a
 * built-in module by its index in one of these lists, with the list's version, instead of its id.
 * The lists are append-only history: a version, once shipped, never changes (a link made with it
 * must read the same for ever). A new built-in module goes into a new version that copies the last
 * list and adds the new id at the end; a test fails when a built-in module is in no list.
 */

/** Module ids by catalogue version (index = position in the list). */
export const CATALOGUE_INDEX: Readonly<Record<number, readonly string[]>> = {
  1: [
    'what-is-a-balint-group',
    'rule-honesty',
    'rule-respect',
    'rule-confidentiality',
    'rule-divergent-opinions',
    'advice-and-interrogation',
    'same-case-leading',
    'reading-your-co-leader',
    'when-the-group-turns',
    'when-it-hurts',
    'a-newcomer-joins',
    'a-breach-and-its-repair',
    'a-risk-in-the-room',
    'someone-knows-the-patient',
    'a-group-that-finds-its-way',
    'before-the-first-group',
    'after-the-group',
    'first-group',
    'being-the-presenter',
    'drifting-into-solutions',
    'the-irritating-patient',
    'a-case-close-to-home',
  ],
};

/** The catalogue version this app writes. */
export const CATALOGUE_VERSION = 1;
