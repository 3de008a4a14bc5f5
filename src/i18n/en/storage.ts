/** The browser's store is full: the one wording every "could not be saved" message uses (`storage/issue-words.ts` keeps a copy for the views not moved here yet). */

/** The store is full, as a clause. */
const full = 'your browser’s storage is full';
/** What to do when it is full, as a clause. */
const advice = 'download a backup in Settings to keep a copy, free some space on this device, then try again';

export const storage = {
  full,
  advice,
  /** `what` ("your reflection") was not saved; `kept` says what is safe meanwhile (a sentence), then what to do. */
  notSaved: (what: string, kept = '') => `Your browser’s storage is full, so ${what} was not saved.${kept ? ` ${kept}` : ''} To go on, ${advice}.`,
};
