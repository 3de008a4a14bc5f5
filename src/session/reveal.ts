/**
 * The line-by-line reveal as pure arithmetic over the scene snapshot: how many lines the current
 * scene shows in play (inner voices kept for the debrief never show), what is on screen after
 * `revealed` of them, and how long the newest one stays alone before the next appears. The player
 * machine paces the reveal with `after` delays computed here; the views cut the transcript here.
 */
import type { Script } from '../script/types';
import { indexScript, transcript } from './derive';
import type { SessionSnapshot } from './replay';
import type { TranscriptItem } from './types';

/** Delay before the next line appears at a readable pace, after a line of `text`. */
export function readingDelay(text: string): number {
  return Math.min(4000, Math.max(900, 500 + text.length * 28));
}

/** Delay after an inner voice (short: it is a thought, not speech to follow). */
const INNER_DELAY_MS = 400;

/** Lines of the current scene shown in play. */
export function sceneLineCount(script: Script, scene: SessionSnapshot): number {
  const trail = scene.context.trail;
  const last = trail[trail.length - 1];
  if (!last) return 0;
  const lines = indexScript(script).scenes.get(last.scene)?.lines;
  return last.lines.filter((i) => !lines?.[i]?.debriefOnly).length;
}

/** Every transcript item of play so far, the current scene's unrevealed lines included (no debrief-only inner voices). */
export function playTranscript(script: Script, scene: SessionSnapshot): TranscriptItem[] {
  return transcript(script, scene.context).filter((t) => !t.debriefOnly);
}

/** The transcript items on screen once `revealed` lines of the current scene are shown. */
export function shownTranscript(script: Script, scene: SessionSnapshot, revealed: number): TranscriptItem[] {
  const all = playTranscript(script, scene);
  const hidden = sceneLineCount(script, scene) - revealed;
  return hidden > 0 ? all.slice(0, all.length - hidden) : all;
}

/** How long the newest shown line stays alone before the next one appears. */
export function nextLineDelay(script: Script, scene: SessionSnapshot, revealed: number): number {
  const shown = shownTranscript(script, scene, revealed);
  const newest = shown[shown.length - 1];
  return newest?.kind === 'inner' ? INNER_DELAY_MS : readingDelay(newest?.text ?? '');
}
