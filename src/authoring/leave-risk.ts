/**
 * Whether leaving now would lose the author's text: the one rule behind both warnings, the
 * browser's own (reloading or closing the page, `beforeunload`) and the app's (a link away from
 * the authoring screen). The view says it in words.
 */
import type { DraftStatus, LeaveRisk } from './types';

/** What is being left: the page itself, or only the authoring screen (the app stays open). */
export type Leaving = 'page' | 'screen';

/** What leaving would lose, or undefined when it would lose nothing. */
export function leaveRisk(leaving: Leaving, draft: { status: DraftStatus; durable: boolean }): LeaveRisk | undefined {
  if (draft.status === 'empty') return undefined;
  if (draft.status !== 'saved') return 'unsaved';
  // Saved in memory survives moving between screens, not the page going away.
  return leaving === 'page' && !draft.durable ? 'not-kept' : undefined;
}
