/**
 * Home's way into the case library (`CaseLibraryLink`): an area of its own, so the home page does
 * not carry the library screen's words.
 */
import { plural } from '../format';

export const libraryLink = {
  heading: 'Your case library',
  intro: 'Play sessions an instructor or colleague wrote and shared with you as a case file.',
  /** How many case files home knows of. */
  count: (count: number) => plural(count, { one: '# case file on this device.', other: '# case files on this device.' }),
  open: 'Open your case library',
};
