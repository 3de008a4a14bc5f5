/** The learner's private reflections: the panel at a debrief, and the list on the progress page. */
import { formatDateTime, formatNumber } from '../format';

export const reflections = {
  listHeading: 'Your reflections',
  listPrivacy: 'Private: kept only on this device. A reflection leaves it only in a backup you download, or in a completion receipt where you tick it.',
  /** The list could not be read; `detail` says why, when the browser said. */
  readFailed: (detail?: string) => `Your reflections could not be read (${detail || 'unknown error'}).`,
  loading: 'Loading…',
  none: 'You have not written a reflection yet. You can write one in the debrief at the end of any session.',
  lastChanged: (iso: string) => `Last changed ${formatDateTime(iso, 'short')}`,
  edit: 'Edit this reflection',
  /** After "Edit this reflection", for screen readers: which one. */
  editWhich: (title: string, iso: string) => `on ${title} (${formatDateTime(iso, 'short')})`,
  panelHeading: 'Your reflection',
  private: 'Private.',
  privacy: 'Your reflection stays on this device. It leaves it only if you download a backup, or if you tick it when you export a completion receipt for an assignment.',
  lmsCounts: 'Your course counts taking part: your LMS is told that you saved a reflection, never what it says.',
  promptsIntro: 'There is no right answer to find here. If it helps, you might write about:',
  prompts: [
    'What you noticed in yourself as the group talked: a pull to advise, to rescue, to fall silent?',
    'What you felt towards the patient, the doctor and the presenter, and where those feelings might come from.',
    'Which moment has stayed with you, and why.',
  ],
  opening: 'Opening your reflection…',
  field: 'Your reflection on this session',
  /** Characters written of those allowed. */
  count: (length: number, max: number, over: boolean) => `${formatNumber(length)} of ${formatNumber(max)} characters${over ? ' (too long to save)' : ''}`,
  save: 'Save reflection',
  delete: 'Delete reflection',
  notSaved: 'Not saved yet.',
  emptyKept: 'The field is empty; your saved reflection is kept until you delete it.',
  savedAt: (iso: string) => `Saved on this device, ${formatDateTime(iso, 'short')}.`,
  confirmDelete: 'Delete your reflection on this session? It cannot be brought back, unless it is in a backup you downloaded.',
  yesDelete: 'Yes, delete it',
  keep: 'Keep it',
};
