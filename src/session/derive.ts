/**
 * Pure derivations from a script and the machine's context: transcript, clock, climate over time,
 * the path of decisions and the debrief that applies. The session, the debrief, the progress page
 * and the benchmark all use these, so "what the learner did" has one definition. Conditions are
 * judged by the rules of play (`script/semantics.ts`), never by the compiler.
 */
import { holds, offeredChoices } from '../script/semantics';
import type { Choice, Scene, Script } from '../script/types';
import type { SessionContext } from '../machine/types';
import type { PathStep, TranscriptItem } from './types';

/** Lookup tables for a script, built once per script. */
export interface ScriptIndex {
  /** Scenes by id. */
  scenes: Map<string, Scene>;
  /** Choices by id. */
  choices: Map<string, Choice>;
  /** Cast display names and roles by id. */
  cast: Map<string, { name: string; role: string }>;
}

const indexes = new WeakMap<Script, ScriptIndex>();
/** Index a script (memoised). */
export function indexScript(script: Script): ScriptIndex {
  let ix = indexes.get(script);
  if (!ix) {
    ix = {
      scenes: new Map(script.scenes.map((s) => [s.id, s])),
      choices: new Map(script.scenes.flatMap((s) => s.choices.map((c) => [c.id, c] as const))),
      cast: new Map([...script.cast.map((c) => [c.id, { name: c.name, role: c.role }] as const), ['you', { name: 'You', role: script.seat }]]),
    };
    indexes.set(script, ix);
  }
  return ix;
}

/** Every transcript item of the trail, in order (inner voices included; views filter them). */
export function transcript(script: Script, context: SessionContext): TranscriptItem[] {
  const ix = indexScript(script);
  const out: TranscriptItem[] = [];
  context.trail.forEach((entry, at) => {
    const scene = ix.scenes.get(entry.scene);
    if (!scene) return;
    for (const i of entry.lines) {
      const line = scene.lines[i];
      if (!line) continue;
      const who = line.speaker ? ix.cast.get(line.speaker) : undefined;
      out.push({
        // A scene can be entered more than once (a bounded loop): the trail position keeps keys unique.
        key: `${at}:${line.id}`,
        kind: line.kind,
        speaker: who?.name,
        role: who?.role,
        html: line.html,
        text: line.text,
        scene: scene.id,
        ...(line.debriefOnly ? { debriefOnly: true as const } : {}),
      });
    }
    if (entry.choice) {
      const choice = ix.choices.get(entry.choice);
      if (choice) {
        const html = escapeHtml(choice.text);
        out.push({ key: `${at}:choice:${choice.id}`, kind: 'choice', speaker: 'You', role: script.seat, html, text: choice.text, scene: scene.id, silent: choice.silent });
      }
    }
  });
  return out;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Minutes of group time spent before the current scene, and the session's length. */
export function clock(script: Script, context: SessionContext, done: boolean): { elapsed: number; total: number } {
  const ix = indexScript(script);
  const trail = done ? context.trail : context.trail.slice(0, -1);
  const elapsed = trail.reduce((sum, e) => sum + (ix.scenes.get(e.scene)?.minutes ?? 0), 0);
  return { elapsed, total: script.sessionMinutes };
}

/** Climate at each scene entered, plus the climate now. */
export function climateSeries(context: SessionContext): { scene: string; climate: Record<string, number> }[] {
  return [...context.trail.map((e) => ({ scene: e.scene, climate: e.climate })), { scene: 'now', climate: context.climate }];
}

/** The decisions made, each with every choice that was offered then (the one made among them). */
export function path(script: Script, context: SessionContext): PathStep[] {
  const ix = indexScript(script);
  const steps: PathStep[] = [];
  const chosen: string[] = [];
  const visited: string[] = [];
  for (const entry of context.trail) {
    visited.push(entry.scene);
    const scene = ix.scenes.get(entry.scene);
    if (scene && entry.choice) {
      const choice = ix.choices.get(entry.choice)!;
      const offered = offeredChoices(scene, { climate: entry.climate, chosen, visited });
      steps.push({ scene: scene.id, phase: scene.phase, choice, offered });
      chosen.push(choice.id);
    }
  }
  return steps;
}

/** Every inner voice on this path, those kept for the debrief included (the learner may not have heard any). */
export function innerVoices(script: Script, context: SessionContext): TranscriptItem[] {
  return transcript(script, context).filter((t) => t.kind === 'inner');
}

/** The HTML of the ending's debrief parts whose condition holds at the end of this attempt, in order. */
export function debriefParts(script: Script, context: SessionContext, endingId: string): string[] {
  const ending = indexScript(script).scenes.get(endingId)?.ending;
  const end = { climate: context.climate, chosen: context.chosen, visited: context.visited };
  return (ending?.debrief ?? []).filter((p) => holds(p.when, end)).map((p) => p.html);
}

