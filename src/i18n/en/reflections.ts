/** The learner's private reflections: the panel at a debrief, and the list on the progress page. */
import { formatDateTime, formatNumber } from '../format';
import type { DraftError, DraftLimit, DraftStatus } from '../../session/types';
import { storage } from './storage';

/** What the browser said about a failure, or words for its silence. */
const said = (detail: string) => detail || 'unknown error';

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
  /** In an authoring preview, instead of `privacy`. */
  previewPrivacy: 'This is a preview: your reflection is kept only until you leave it, and never reaches your progress or your saved reflections.',
  /** In an authoring preview, instead of `savedAt`. */
  previewSavedAt: (iso: string) => `Kept for this preview only, ${formatDateTime(iso, 'short')}.`,
  /** In an authoring preview, instead of `status.saved`. */
  previewSaved: 'Reflection kept for this preview only.',
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
  /** What last went well, for a polite live region ('' says nothing). */
  status: { '': '', saved: 'Reflection saved on this device.', deleted: 'Your reflection was deleted from this device.', nothingToSave: 'There is nothing to save yet.' } satisfies Record<DraftStatus, string>,
  /** What last went wrong, and what to do. */
  error: (e: DraftError): string => {
    switch (e.code) {
      case 'readFailed':
        return `Your saved reflection could not be read (${said(e.detail)}). Reload the page before you write: saving now would replace it.`;
      case 'deleteFailed':
        return `Your reflection could not be deleted (${said(e.detail)}). It is still saved; try again.`;
      case 'saveFailed':
        return `Your reflection could not be saved (${said(e.detail)}). Your text is still in the field; try again.`;
      case 'storageFull':
        return storage.notSaved('your reflection', 'Your text is still in the field: copy it somewhere safe.');
      case 'tooLong':
        return `Your reflection is ${formatNumber(e.length)} characters long, over the limit of ${formatNumber(e.max)}, so it was not saved. Shorten it, then save again.`;
      case 'emptyField':
        return 'The field is empty, so nothing was saved. To remove your reflection, use “Delete reflection”.';
    }
  },
  /** Near the limit, for a polite live region ('' when not near it). */
  limit: (l: DraftLimit | undefined): string => {
    if (!l) return '';
    if (l.kind === 'near') return `Fewer than ${formatNumber(l.fewerThan)} characters left.`;
    return l.kind === 'over'
      ? `Over the limit of ${formatNumber(l.max)} characters. Shorten your reflection to save it.`
      : `You have reached the limit of ${formatNumber(l.max)} characters.`;
  },
};
