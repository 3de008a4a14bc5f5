/**
 * RawScript → diagnostics: everything that can be wrong with a script's meaning, each reported
 * as `file:line: message`. Structural checks run here on the raw form; checks that need to play
 * the script (reachability under conditions, dead ends, the clock) run in `explore.ts` once the
 * script is built. The front matter is checked by validate-meta.ts. The validator never throws and
 * never stops at the first problem. Retired fields of the first format (`Instead:`, `Outcome:`)
 * are warnings, so old case files still play, and errors in the curriculum.
 */
import { conditionRefs } from './condition-parser';
import { isOneOf } from './one-of';
import type { Person } from './people';
import type { RawChoice, RawScript, RawScene } from './raw-script';
import type { ScriptMeta } from './script-meta';
import { LEGACY_OUTCOMES, PHASES, type Condition, type Diagnostic, type Route, type Vocabulary } from './types';
import { ID, validateMeta } from './validate-meta';

/** What the validator may be told besides the vocabulary. */
export interface ValidateOptions {
  /** The people registry; cast entries without a name and persona must be in it. */
  people?: ReadonlyMap<string, Person>;
  /** The script is part of the curriculum: retired fields (Instead:, Outcome:) are errors, not warnings. */
  curriculum?: boolean;
}

/** The message for a retired field, the same as a warning (case files) and as an error (curriculum). */
export const RETIRED = {
  instead: 'Instead: is the retired feedback field; write Gives: and Costs: (content/README.md)',
  outcome: 'Outcome: is the retired ranking of endings; write Kind: (content/README.md)',
};

/** What the validator finds. */
export interface ScriptValidation {
  /** Every problem, each with its line. */
  diagnostics: Diagnostic[];
  /** The front matter typed, present only when all of it is right (what the builder reads). */
  meta?: ScriptMeta;
}

/** Check a parsed script against the format's rules and the vocabulary. */
export function validateScript(raw: RawScript, vocabulary: Vocabulary, options: ValidateOptions = {}): ScriptValidation {
  const out: Diagnostic[] = [];
  const err = (line: number, message: string) => out.push({ severity: 'error', file: raw.file, line, message });
  const retired = (line: number, message: string) => out.push({ severity: options.curriculum ? 'error' : 'warning', file: raw.file, line, message });
  const { names, variables, competencies, declared, checked } = validateMeta(raw, vocabulary, options.people, err);
  const endingKinds = new Set(vocabulary.endingKinds.map((k) => k.id));
  // What the parser could not read (already reported): checks that would only repeat it are left out.
  const unreadScenes = raw.unread?.scenes ?? false;
  const unreadChoices = raw.unread?.choices ?? false;
  const unreadField = (x: { unreadFields?: string[] }, key: string) => x.unreadFields?.includes(key) ?? false;

  // Phases.
  let lastPhase = -1;
  const seenPhases = new Set<string>();
  for (const p of raw.phases) {
    const idx = isOneOf(PHASES, p.value) ? PHASES.indexOf(p.value) : -1;
    if (idx < 0) err(p.line, `unknown phase "${p.value}" (phases are ${PHASES.join(', ')})`);
    else if (seenPhases.has(p.value)) err(p.line, `phase "${p.value}" appears twice`);
    else if (idx < lastPhase) err(p.line, `phase "${p.value}" is out of order: it must come before "${PHASES[lastPhase]}"`);
    seenPhases.add(p.value);
    if (idx > lastPhase) lastPhase = idx;
  }

  // Scenes and choices: ids.
  const scenes = new Map<string, RawScene>();
  for (const s of raw.scenes) {
    if (!ID.test(s.id)) err(s.line, `scene id "${s.id}" must use lower-case letters, digits and hyphens`);
    if (scenes.has(s.id)) err(s.line, `duplicate scene id "${s.id}" (first at line ${scenes.get(s.id)!.line})`);
    else scenes.set(s.id, s);
  }
  const choiceIds = new Map<string, number>();
  for (const s of raw.scenes)
    for (const c of s.choices) {
      if (!ID.test(c.id)) err(c.line, `choice id "${c.id}" must use lower-case letters, digits and hyphens`);
      if (choiceIds.has(c.id)) err(c.line, `duplicate choice id "${c.id}" (first at line ${choiceIds.get(c.id)})`);
      else choiceIds.set(c.id, c.line);
    }
  if (raw.scenes.length === 0 && !unreadScenes) err(raw.metaLine, 'the script has no scenes');

  const checkCondition = (c: Condition | undefined, line: number) => {
    if (!c) return;
    const refs = conditionRefs(c);
    if (variables) for (const v of refs.variables) if (!variables.has(v)) err(line, `condition uses unknown climate variable "${v}"`);
    if (!unreadChoices) for (const ch of refs.choices) if (!choiceIds.has(ch)) err(line, `condition uses unknown choice "${ch}"`);
    if (!unreadScenes) for (const sc of refs.scenes) if (!scenes.has(sc)) err(line, `condition uses unknown scene "${sc}"`);
  };
  const phaseIndex = (s: RawScene) => (isOneOf(PHASES, s.phase) ? PHASES.indexOf(s.phase) : -1);
  const checkRoutes = (from: RawScene, routes: Route[], what: string, fallbackLine: number, owner: { unreadFields?: string[] }, fallbackField: string) => {
    for (const r of routes) {
      checkCondition(r.when, r.line);
      const target = scenes.get(r.target);
      if (!target) {
        if (!unreadScenes) err(r.line, `${what} goes to unknown scene "${r.target}"`);
      }
      else if (phaseIndex(target) >= 0 && phaseIndex(target) < phaseIndex(from))
        err(r.line, `phases only move forward: "${from.id}" (${from.phase}) cannot go back to "${target.id}" (${target.phase})`);
    }
    if (routes.length && routes[routes.length - 1]!.when && !unreadField(owner, fallbackField))
      err(routes[routes.length - 1]!.line ?? fallbackLine, `${what} needs a last way on without a condition, so it can never get stuck`);
  };

  for (const s of raw.scenes) {
    for (const l of s.lines) {
      checkCondition(l.when, l.line);
      if (names && l.speakerName !== undefined && !names.has(l.speakerName)) err(l.line, `unknown cast member "${l.speakerName}"`);
      if (!l.markdown) err(l.line, 'empty line of dialogue');
    }
    // A scene with a choice that could not be read is not judged on its shape (ways on, lines).
    const whole = !s.partial;
    if (s.isEnding) validateEnding(s);
    else {
      if (s.title || s.kind || s.outcome || s.debrief) err(s.line, `scene "${s.id}" has Title:, Kind:, Outcome: or Debrief:, which only endings may have`);
      if (whole && !s.choices.length && !s.next.length && !unreadField(s, 'Next')) err(s.line, `scene "${s.id}" has no way on (no choices, no Next:) and is not an ending`);
      if (s.choices.length && s.next.length) err(s.line, `scene "${s.id}" has both choices and Next:; use one or the other`);
      if (whole && s.choices.length && s.choices.every((c) => c.when)) err(s.line, `every choice in scene "${s.id}" is conditional; at least one must always be offered`);
    }
    if (whole && s.lines.length === 0 && s.choices.length === 0) err(s.line, `scene "${s.id}" has no lines`);
    checkRoutes(s, s.next, `scene "${s.id}"`, s.line, s, 'Next');
    for (const c of s.choices) {
      checkCondition(c.when, c.line);
      if (!c.markdown.trim()) err(c.line, `choice "${c.id}" has no text`);
      if (!c.routes.length && !unreadField(c, 'Goes to')) err(c.line, `choice "${c.id}" needs a "Goes to:" line`);
      checkRoutes(s, c.routes, `choice "${c.id}"`, c.line, c, 'Goes to');
      if (variables) for (const e of c.effects) if (!variables.has(e.id)) err(e.line, `effect on unknown climate variable "${e.id}"`);
      for (const e of twice(c.effects)) err(e.line, `choice "${c.id}" changes "${e.id}" twice; write one effect with the combined change`);
      for (const e of twice(c.evidence)) err(e.line, `choice "${c.id}" gives evidence for "${e.id}" twice; write it once with the combined change`);
      if (!c.evidence.length && !unreadField(c, 'Evidence')) err(c.line, `choice "${c.id}" needs an "Evidence:" line`);
      for (const e of c.evidence) {
        if (!competencies.has(e.id)) err(e.line, `unknown competency "${e.id}" (see content/vocabulary.yaml)`);
        else if (declared && !declared.has(e.id)) err(e.line, `evidence for "${e.id}", which is not listed in this script's competencies`);
      }
      validateFeedback(c);
    }
  }

  function validateFeedback(c: RawChoice) {
    const legacy = c.instead !== undefined;
    const required: [RawChoice['happened'], string][] = [
      [c.happened, 'What happened:'],
      [c.why, 'Why:'],
      ...(legacy ? [] : ([[c.gives, 'Gives:'], [c.costs, 'Costs:']] as [RawChoice['happened'], string][])),
    ];
    const missing = required.filter(([v]) => !v?.markdown).map(([, k]) => k);
    if (missing.length) err(c.line, `choice "${c.id}" has no feedback ${missing.join(', ')}`);
    if (legacy) retired(c.instead!.line, RETIRED.instead);
    if (legacy && c.also) err(c.also.line, `choice "${c.id}" has Instead: and Also possible:; Instead: is the retired name of Also possible:, keep only that`);
  }

  function validateEnding(s: RawScene) {
    if (s.choices.length || s.next.length) err(s.line, `ending "${s.id}" cannot have choices or a Next: way on`);
    if (!s.title?.value) err(s.line, `ending "${s.id}" needs a Title:`);
    if (s.kind && !endingKinds.has(s.kind.value)) err(s.kind.line, `Kind: "${s.kind.value}" is not an ending kind (see endingKinds in content/vocabulary.yaml)`);
    if (s.outcome) {
      retired(s.outcome.line, RETIRED.outcome);
      if (!isOneOf(LEGACY_OUTCOMES, s.outcome.value)) err(s.outcome.line, `Outcome: must be one of ${LEGACY_OUTCOMES.join(', ')}`);
    } else if (!s.kind) err(s.line, `ending "${s.id}" needs a Kind: (one of endingKinds in content/vocabulary.yaml)`);
    if (!s.debrief?.length) err(s.line, `ending "${s.id}" needs a Debrief:`);
    else if (s.debrief.every((p) => p.when)) err(s.debrief[0]!.line, `ending "${s.id}" needs a Debrief: paragraph without [if …], shown on every path`);
    for (const p of s.debrief ?? []) checkCondition(p.when, p.line);
  }

  // Static reachability (ignoring conditions); conditional reachability is checked by the explorer.
  // Not judged while a scene could not be read, or a way on: it may be the one that leads on.
  const first = raw.scenes[0];
  const waysUnread = raw.scenes.some((s) => s.partial || unreadField(s, 'Next') || s.choices.some((c) => unreadField(c, 'Goes to')));
  if (first && !unreadScenes && !waysUnread) {
    const seen = new Set([first.id]);
    const queue = [first];
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      const targets = [...s.next, ...s.choices.flatMap((c) => c.routes)].map((r) => r.target);
      for (const t of targets) {
        const next = scenes.get(t);
        if (next && !seen.has(t)) {
          seen.add(t);
          queue.push(next);
        }
      }
    }
    for (const s of scenes.values())
      if (!seen.has(s.id)) err(s.line, s.isEnding ? `no path reaches ending "${s.id}"` : `scene "${s.id}" is unreachable: no choice or Next: leads to it`);
  }
  return { diagnostics: out, ...(checked ? { meta: checked } : {}) };
}

/** The entries whose id an earlier entry already has. */
function twice<T extends { id: string }>(entries: readonly T[]): T[] {
  const seen = new Set<string>();
  return entries.filter((e) => (seen.has(e.id) ? true : (seen.add(e.id), false)));
}
