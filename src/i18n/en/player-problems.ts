/**
 * The player's problems and notices, worded for the codes `src/session` returns: how a session
 * opened, why a module could not be opened, why a step was not taken, and why a saved choice log
 * no longer replays. Plain English that says what happened and what the learner can do.
 */
import type { ReplayProblem } from '../../session/replay';
import type { OpenedAs, OpenProblem, StepProblem } from '../../session/types';
import { formatNumber } from '../format';
import { storage } from './storage';

/** Why step `failedAt` (0-based) of a saved log no longer replays, as a sentence. */
function replay(failedAt: number, p: ReplayProblem): string {
  const step = `Step ${formatNumber(failedAt + 1)} of the saved session`;
  switch (p.code) {
    case 'after-ending':
      return `${step} comes after the session had already ended.`;
    case 'other-scene':
      return `${step} was taken in a part of the session that is no longer where it was.`;
    case 'not-offered':
      return `${step} was a response that is no longer offered at that point.`;
    case 'cannot-continue':
      return `${step} moved on at a point where the session now asks for a response.`;
  }
}

/** What went wrong opening a module, in one or two sentences. */
function open(p: OpenProblem): string {
  switch (p.code) {
    case 'changed':
      return `This module changed since you last played it, and your saved session could not be carried over to the new version. ${replay(p.failedAt, p.problem)}`;
    case 'damaged':
      return `Your saved place in this module could not be read, and your choices could not be replayed from their record either. ${replay(p.failedAt, p.problem)}`;
    case 'storage':
      return 'Your saved progress could not be opened in this browser. Check that the browser allows this site to store data, then try again.';
    case 'not-loaded':
      return 'This module could not be loaded. If you are offline, connect and try again; if it keeps happening, reload the page.';
    case 'timed-out':
      return 'Opening this module took too long. Try again; if it keeps happening, close other tabs of the app and reload the page.';
  }
}

/** Why a step was not taken. */
function step(p: StepProblem): string {
  switch (p.code) {
    case 'storage-full':
      return storage.notSaved('this step');
    case 'not-saved':
      return 'This step could not be saved. Nothing was lost; try again.';
    case 'cannot-go-back':
      return 'Going back is not possible here: the earlier part of this session no longer matches the module.';
  }
}

/** A notice about how the session was opened, or null when there is nothing to say. */
function openedAs(how: OpenedAs): string | null {
  switch (how) {
    case 'replayed':
      return 'This module was updated since you last played it. Your choices were replayed onto the new version and you are where you left off.';
    case 'repaired':
      return 'Your saved place could not be read directly, so your choices were replayed from their record. You are where you left off.';
    default:
      return null;
  }
}

export const playerProblems = {
  replay,
  open,
  step,
  openedAs,
  /** What the learner can do next when starting again is offered. */
  startAgainNote: 'Start again begins a new attempt; your earlier attempt is kept in Progress, marked as started over.',
};
