/**
 * The body of a script (everything after the front matter) → phases, scenes, lines and choices.
 * One pass over the lines: headings open phases, scenes and choices; `Key:` lines are fields
 * (parse-fields.ts); other paragraphs are transcript lines (parse-text.ts). Scenes, choices and
 * lines are counted as they are read, and reading stops at the first one over its limit.
 */
import { count, MAX_CHOICES, MAX_LINES, MAX_SCENES } from './limits';
import { CHOICE_FIELDS, SCENE_FIELDS, matchField, type Field, type FieldMatch, type FieldTable, type Report } from './parse-fields';
import { readLine, stripQuotes } from './parse-text';
import type { RawChoice, RawScene, RawScript } from './raw-script';

/** Read the body lines (`offset` is the file line of the first) into `raw`; true when a size limit stopped it. */
export function readBody(lines: string[], offset: number, raw: RawScript, report: Report): boolean {
  let phase: string | null = null;
  let scene: RawScene | null = null;
  let choice: RawChoice | null = null;
  const intro: string[] = [];
  let seenPhase = false;
  // Fields already written for the open scene or choice (most may appear once).
  let written = new Set<string>();
  // The multi-line field being collected, if any.
  let field: { end: (lines: string[]) => void; buf: string[] } | null = null;
  // The paragraph being collected, if any.
  let para: { buf: string[]; line: number } | null = null;
  let choices = 0;
  let transcriptLines = 0;
  // The limit reading stopped at, if any.
  let overLimit = false;
  const over = (line: number, what: string, limit: number) => {
    report(line, `the script has more than ${count(limit)} ${what}, the limit for one script; split it into several case files or shorten it`);
    overLimit = true;
  };

  const flushField = () => {
    if (field) field.end(field.buf);
    field = null;
  };
  const flushPara = () => {
    if (!para) return;
    const text = para.buf.join('\n').trim();
    const line = para.line;
    para = null;
    if (!scene) return;
    if (choice || scene.choices.length) {
      report(line, 'text after a choice heading must be a choice field (Goes to:, Evidence:, What happened:, Why:, Gives:, Costs:…)');
      return;
    }
    if (++transcriptLines > MAX_LINES) return over(line, 'lines of speech and narration', MAX_LINES);
    scene.lines.push(readLine(text, line, report));
  };
  const flushAll = () => {
    flushPara();
    flushField();
  };
  /** Apply one field of `t` to `target`. */
  const applyField = <T>(t: FieldTable<T>, target: T, owner: string, m: FieldMatch, line: number) => {
    const f: Field<T> = t.fields[m.key]!;
    if (!f.repeatable) {
      if (written.has(m.key)) report(line, `${owner} has "${m.key}:" twice`);
      written.add(m.key);
    }
    if (f.multiline) field = { buf: [m.value], end: (buf) => f.set(target, buf, line, report) };
    else f.read(target, m.value, line, report, m.condition);
  };

  for (let i = 0; i < lines.length && !overLimit; i++) {
    const text = lines[i]!;
    const line = offset + i;
    const trimmed = text.trim();
    const heading = /^(#{1,6})\s+(.*)$/.exec(trimmed);

    if (heading) {
      flushAll();
      const level = heading[1]!.length;
      const rest = heading[2]!.trim();
      if (level === 1) {
        if (seenPhase) report(line, 'a "# title" heading may only come before the first phase');
        continue;
      }
      if (level === 2) {
        const m = /^Phase:\s*([A-Za-z0-9-]+)(?:\s+[—–-].*)?$/.exec(rest);
        if (!m) {
          report(line, `expected "## Phase: <phase-id>", found "## ${rest}"`);
          continue;
        }
        if (!seenPhase) raw.intro = intro.join('\n').trim();
        seenPhase = true;
        phase = m[1]!;
        raw.phases.push({ value: phase, line });
        scene = null;
        choice = null;
        continue;
      }
      if (level === 3) {
        const m = /^(Scene|Ending):\s*([A-Za-z0-9-]+)(?:\s+[—–-].*)?$/.exec(rest);
        scene = null;
        choice = null;
        if (!m) {
          report(line, `expected "### Scene: <scene-id>" or "### Ending: <scene-id>", found "### ${rest}"`);
          continue;
        }
        if (raw.scenes.length >= MAX_SCENES) {
          over(line, 'scenes and endings', MAX_SCENES);
          continue;
        }
        if (!seenPhase) report(line, `scene "${m[2]}" is not inside a "## Phase:" section`);
        seenPhase = true;
        scene = { id: m[2]!, isEnding: m[1] === 'Ending', phase, minutes: 1, lines: [], choices: [], next: [], line };
        raw.scenes.push(scene);
        written = new Set();
        continue;
      }
      if (level === 4) {
        const m = /^Choice\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(rest);
        if (!m) {
          report(line, `expected "#### Choice <choice-id>: <text>", found "#### ${rest}"`);
          continue;
        }
        if (!scene) {
          report(line, `choice "${m[1]}" is not inside a scene`);
          continue;
        }
        if (++choices > MAX_CHOICES) {
          over(line, 'choices', MAX_CHOICES);
          continue;
        }
        choice = { id: m[1]!, markdown: stripQuotes(m[2]!.trim()), silent: false, routes: [], effects: [], evidence: [], line };
        scene.choices.push(choice);
        written = new Set();
        continue;
      }
      report(line, `headings of level ${level} are not part of the script format`);
      continue;
    }

    if (!seenPhase) {
      if (raw.introLine === undefined && trimmed && !/^#\s/.test(trimmed)) raw.introLine = line;
      intro.push(text);
      continue;
    }
    if (!scene) {
      if (trimmed) report(line, 'text outside a scene (start a scene with "### Scene: <scene-id>")');
      continue;
    }

    const choiceField = choice ? matchField(CHOICE_FIELDS, trimmed) : undefined;
    const sceneField = choiceField ? undefined : matchField(SCENE_FIELDS, trimmed);
    if (choice && sceneField) {
      flushAll();
      report(line, `${sceneField.key}: must come before the choices of a scene`);
      continue;
    }
    if (choiceField || sceneField) {
      flushAll();
      if (choice) applyField(CHOICE_FIELDS, choice, `choice "${choice.id}"`, choiceField!, line);
      else applyField(SCENE_FIELDS, scene, `${scene.isEnding ? 'ending' : 'scene'} "${scene.id}"`, sceneField!, line);
      continue;
    }

    if (field) {
      (field as { buf: string[] }).buf.push(text);
      continue;
    }
    if (!trimmed) {
      flushPara();
      continue;
    }
    if (para) (para as { buf: string[] }).buf.push(text);
    else para = { buf: [text], line };
  }
  if (overLimit) return true;
  flushAll();
  if (!seenPhase) raw.intro = intro.join('\n').trim();
  return overLimit;
}
