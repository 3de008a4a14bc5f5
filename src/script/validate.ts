/**
 * RawScript → diagnostics: everything that can be wrong with a script's meaning, each reported
 * as `file:line: message`. Structural checks run here on the raw form; checks that need to play
 * the script (reachability under conditions, dead ends, the clock) run in `explore.ts` once the
 * script is built. The validator never throws and never stops at the first problem.
 */
import { conditionRefs } from './condition-parser';
import type { RawScript, RawScene } from './raw-script';
import { OUTCOMES, PHASES, ROLES, SEATS, TRACKS, type Condition, type Diagnostic, type Route, type Vocabulary } from './types';

const ID = /^[a-z0-9][a-z0-9-]*$/;
const KNOWN_META = new Set([
  'id', 'title', 'summary', 'track', 'order', 'seat', 'minutes', 'sessionMinutes', 'setting', 'contentNotes',
  'competencies', 'rules', 'challenges', 'related', 'cast', 'climate',
]);
const REQUIRED_META = ['id', 'title', 'summary', 'track', 'seat', 'minutes', 'setting', 'competencies', 'cast', 'climate'];

/** Check a parsed script against the format's rules and the vocabulary. */
export function validateScript(raw: RawScript, vocabulary: Vocabulary): Diagnostic[] {
  const out: Diagnostic[] = [];
  const err = (line: number, message: string) => out.push({ severity: 'error', file: raw.file, line, message });
  const meta = raw.meta;
  const metaLine = (k: string) => meta[k]?.line ?? raw.metaLine;

  // Front matter.
  for (const key of Object.keys(meta)) if (!KNOWN_META.has(key)) err(meta[key]!.line, `unknown front matter field "${key}"`);
  for (const key of REQUIRED_META) if (!(key in meta)) err(raw.metaLine, `front matter is missing "${key}"`);
  const str = (k: string, pattern?: RegExp) => {
    const e = meta[k];
    if (!e) return;
    if (typeof e.value !== 'string' || !e.value.trim()) err(e.line, `"${k}" must be non-empty text`);
    else if (pattern && !pattern.test(e.value)) err(e.line, `"${k}" must use lower-case letters, digits and hyphens, found "${e.value}"`);
  };
  str('id', ID);
  str('title');
  str('summary');
  str('setting');
  const oneOf = (k: string, allowed: readonly string[]) => {
    const e = meta[k];
    if (e && !allowed.includes(e.value as string)) err(e.line, `"${k}" must be one of ${allowed.join(', ')}, found "${String(e.value)}"`);
  };
  oneOf('track', TRACKS);
  oneOf('seat', SEATS);
  for (const k of ['minutes', 'sessionMinutes', 'order']) {
    const e = meta[k];
    if (e && (typeof e.value !== 'number' || !(e.value >= 0) || e.value > 600)) err(e.line, `"${k}" must be a number of minutes`);
  }
  const list = (k: string): string[] => {
    const e = meta[k];
    if (!e) return [];
    if (!Array.isArray(e.value) || e.value.some((v) => typeof v !== 'string')) {
      err(e.line, `"${k}" must be a list of text, like [a, b]`);
      return [];
    }
    return e.value as string[];
  };
  const tagCheck = (k: string, known: Set<string>, what: string) => {
    for (const t of list(k)) if (!known.has(t)) err(metaLine(k), `unknown ${what} "${t}" (see content/vocabulary.yaml)`);
  };
  const competencies = new Set(vocabulary.competencies.map((c) => c.id));
  tagCheck('competencies', competencies, 'competency');
  tagCheck('rules', new Set(vocabulary.rules.map((r) => r.id)), 'ground rule');
  tagCheck('challenges', new Set(vocabulary.challenges.map((c) => c.id)), 'leadership challenge');
  list('contentNotes');
  for (const r of list('related')) if (!ID.test(r)) err(metaLine('related'), `related module id "${r}" is not a valid id`);
  const declared = new Set(list('competencies'));

  // Cast.
  const names = new Map<string, string>([['You', 'you']]);
  const castIds = new Set<string>();
  const castEntry = meta.cast;
  if (castEntry) {
    if (!Array.isArray(castEntry.value) || castEntry.value.length === 0) err(castEntry.line, '"cast" must be a list of people');
    else
      castEntry.value.forEach((m: unknown, i) => {
        const line = castEntry.items?.[i] ?? castEntry.line;
        if (!m || typeof m !== 'object') return err(line, 'each cast member needs id, name, role and persona');
        const { id, name, role, persona, ...rest } = m as Record<string, unknown>;
        for (const k of Object.keys(rest)) err(line, `unknown cast field "${k}"`);
        if (typeof id !== 'string' || !ID.test(id)) err(line, 'cast member needs an "id" of lower-case letters, digits and hyphens');
        else if (castIds.has(id)) err(line, `duplicate cast id "${id}"`);
        else castIds.add(id);
        if (typeof name !== 'string' || !name.trim()) err(line, 'cast member needs a "name"');
        else if (names.has(name)) err(line, `duplicate cast name "${name}"`);
        else names.set(name, String(id));
        if (!ROLES.includes(role as never)) err(line, `cast role must be one of ${ROLES.join(', ')}`);
        if (typeof persona !== 'string' || !persona.trim()) err(line, 'cast member needs a one-line "persona"');
      });
  }

  // Climate.
  const variables = new Set<string>();
  const climate = meta.climate;
  if (climate) {
    if (!Array.isArray(climate.value) || climate.value.length === 0) err(climate.line, '"climate" must be a list of variables');
    else
      climate.value.forEach((v: unknown, i) => {
        const line = climate.items?.[i] ?? climate.line;
        if (!v || typeof v !== 'object') return err(line, 'each climate variable needs id, label and start');
        const { id, label, start, ...rest } = v as Record<string, unknown>;
        for (const k of Object.keys(rest)) err(line, `unknown climate field "${k}"`);
        if (typeof id !== 'string' || !ID.test(id)) err(line, 'climate variable needs an "id"');
        else if (variables.has(id)) err(line, `duplicate climate variable "${id}"`);
        else variables.add(id);
        if (typeof label !== 'string' || !label.trim()) err(line, 'climate variable needs a "label"');
        if (typeof start !== 'number' || start < 0 || start > 100) err(line, 'climate "start" must be a number from 0 to 100');
      });
  }

  // Phases.
  let lastPhase = -1;
  const seenPhases = new Set<string>();
  for (const p of raw.phases) {
    const idx = PHASES.indexOf(p.value as never);
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
  if (raw.scenes.length === 0) err(raw.metaLine, 'the script has no scenes');

  const checkCondition = (c: Condition | undefined, line: number) => {
    if (!c) return;
    const refs = conditionRefs(c);
    for (const v of refs.variables) if (!variables.has(v)) err(line, `condition uses unknown climate variable "${v}"`);
    for (const ch of refs.choices) if (!choiceIds.has(ch)) err(line, `condition uses unknown choice "${ch}"`);
    for (const sc of refs.scenes) if (!scenes.has(sc)) err(line, `condition uses unknown scene "${sc}"`);
  };
  const phaseIndex = (s: RawScene) => (s.phase ? PHASES.indexOf(s.phase as never) : -1);
  const checkRoutes = (from: RawScene, routes: Route[], what: string, fallbackLine: number) => {
    for (const r of routes) {
      checkCondition(r.when, r.line);
      const target = scenes.get(r.target);
      if (!target) err(r.line, `${what} goes to unknown scene "${r.target}"`);
      else if (phaseIndex(target) >= 0 && phaseIndex(target) < phaseIndex(from))
        err(r.line, `phases only move forward: "${from.id}" (${from.phase}) cannot go back to "${target.id}" (${target.phase})`);
    }
    if (routes.length && routes[routes.length - 1]!.when)
      err(routes[routes.length - 1]!.line ?? fallbackLine, `${what} needs a last way on without a condition, so it can never get stuck`);
  };

  for (const s of raw.scenes) {
    for (const l of s.lines) {
      checkCondition(l.when, l.line);
      if (l.speakerName !== undefined && !names.has(l.speakerName)) err(l.line, `unknown cast member "${l.speakerName}"`);
      if (!l.markdown) err(l.line, 'empty line of dialogue');
    }
    if (s.isEnding) {
      if (s.choices.length || s.next.length) err(s.line, `ending "${s.id}" cannot have choices or a Next: way on`);
      if (!s.title) err(s.line, `ending "${s.id}" needs a Title:`);
      if (!s.outcome) err(s.line, `ending "${s.id}" needs an Outcome: (${OUTCOMES.join(', ')})`);
      else if (!OUTCOMES.includes(s.outcome.value as never)) err(s.outcome.line, `Outcome: must be one of ${OUTCOMES.join(', ')}`);
      if (!s.debrief) err(s.line, `ending "${s.id}" needs a Debrief:`);
    } else {
      if (s.title || s.outcome || s.debrief) err(s.line, `scene "${s.id}" has Title:, Outcome: or Debrief:, which only endings may have`);
      if (!s.choices.length && !s.next.length) err(s.line, `scene "${s.id}" has no way on (no choices, no Next:) and is not an ending`);
      if (s.choices.length && s.next.length) err(s.line, `scene "${s.id}" has both choices and Next:; use one or the other`);
      if (s.choices.length && s.choices.every((c) => c.when)) err(s.line, `every choice in scene "${s.id}" is conditional; at least one must always be offered`);
    }
    if (s.lines.length === 0 && s.choices.length === 0) err(s.line, `scene "${s.id}" has no lines`);
    checkRoutes(s, s.next, `scene "${s.id}"`, s.line);
    for (const c of s.choices) {
      checkCondition(c.when, c.line);
      if (!c.markdown.trim()) err(c.line, `choice "${c.id}" has no text`);
      if (!c.routes.length) err(c.line, `choice "${c.id}" needs a "Goes to:" line`);
      checkRoutes(s, c.routes, `choice "${c.id}"`, c.line);
      for (const e of c.effects) if (!variables.has(e.id)) err(e.line, `effect on unknown climate variable "${e.id}"`);
      if (!c.evidence.length) err(c.line, `choice "${c.id}" needs an "Evidence:" line`);
      for (const e of c.evidence) {
        if (!competencies.has(e.id)) err(e.line, `unknown competency "${e.id}" (see content/vocabulary.yaml)`);
        else if (!declared.has(e.id)) err(e.line, `evidence for "${e.id}", which is not listed in this script's competencies`);
      }
      const missing = [
        [c.happened, 'What happened:'],
        [c.why, 'Why:'],
        [c.instead, 'Instead:'],
      ].filter(([v]) => !v).map(([, k]) => k);
      if (missing.length) err(c.line, `choice "${c.id}" has no feedback ${missing.join(', ')}`);
    }
  }

  // Static reachability (ignoring conditions); conditional reachability is checked by the explorer.
  const first = raw.scenes[0];
  if (first) {
    const seen = new Set([first.id]);
    const queue = [first];
    while (queue.length) {
      const s = queue.shift()!;
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
  return out;
}
