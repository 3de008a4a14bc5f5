/**
 * The body of a script (everything after the front matter) → phases, scenes, lines and choices.
 * One pass over the lines: headings open phases, scenes and choices; `Key:` lines are fields
 * (parse-fields.ts); other paragraphs are transcript lines (parse-text.ts). Scenes, choices and
 * lines are counted as they are read, and reading stops at the first one over its limit.
 *
 * One typo gives one message: a heading or field with a typo is read as the author meant
 * (parse-headings.ts, `nearField`); a heading that cannot be made out is reported and its section
 * skipped, and `raw.unread` says so, so the validator does not report what follows from it; text
 * outside a scene is reported once per run, not once per line.
 */
import { count, MAX_CHOICES, MAX_LINES, MAX_SCENES } from './limits';
import { CHOICE_FIELDS, SCENE_FIELDS, matchField, nearField, type Field, type FieldMatch, type FieldTable, type Report } from './parse-fields';
import { readChoiceHeading, readPhaseHeading, readSceneHeading } from './parse-headings';
import { readLine, stripQuotes } from './parse-text';
import type { RawChoice, RawScene, RawScript, Unread } from './raw-script';

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
  // A section being skipped after a heading that could not be made out: a scene's runs to the next
  // phase or scene heading, a choice's to the next heading.
  let skip: 'scene' | 'choice' | null = null;
  // Text outside a scene was reported since the last heading.
  let outsideReported = false;
  const unread = (what: keyof Omit<Unread, 'meta'>) => (raw.unread = { ...raw.unread, [what]: true });
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
    // `\S` after the spaces: no two parts of the pattern can take the same space, so a heading of
    // thousands of spaces and a line separator fails in linear time (tests/unit/security/redos.test.ts).
    const heading = /^(#{1,6})\s+(\S.*)$/.exec(trimmed);

    if (heading) {
      const level = heading[1]!.length;
      if (skip === 'scene' && level >= 4) continue;
      flushAll();
      skip = null;
      outsideReported = false;
      const rest = heading[2]!.trim();
      if (level === 1) {
        if (seenPhase) report(line, 'a "# title" heading may only come before the first phase');
        continue;
      }
      if (level === 2) {
        const read = readPhaseHeading(rest);
        if (!read?.exact) report(line, `expected "## Phase: <phase-id>", found "## ${rest}"`);
        if (!read) continue;
        if (!seenPhase) raw.intro = intro.join('\n').trim();
        seenPhase = true;
        phase = read.value;
        raw.phases.push({ value: phase, line });
        scene = null;
        choice = null;
        continue;
      }
      if (level === 3) {
        const read = readSceneHeading(rest);
        scene = null;
        choice = null;
        if (!read?.exact) report(line, `expected "### Scene: <scene-id>" or "### Ending: <scene-id>", found "### ${rest}"`);
        if (!read) {
          skip = 'scene';
          unread('scenes');
          unread('choices');
          continue;
        }
        if (raw.scenes.length >= MAX_SCENES) {
          over(line, 'scenes and endings', MAX_SCENES);
          continue;
        }
        const { id, isEnding } = read.value;
        if (!seenPhase) report(line, `scene "${id}" is not inside a "## Phase:" section`);
        seenPhase = true;
        scene = { id, isEnding, phase, minutes: 1, lines: [], choices: [], next: [], line };
        raw.scenes.push(scene);
        written = new Set();
        continue;
      }
      if (level === 4) {
        const read = readChoiceHeading(rest);
        // A heading made out without its text is left to the validator's "has no text".
        if (!read || (!read.exact && read.value.text)) report(line, `expected "#### Choice <choice-id>: <text>", found "#### ${rest}"`);
        if (read && !scene) report(line, `choice "${read.value.id}" is not inside a scene`);
        if (!read || !scene) {
          skip = 'choice';
          unread('choices');
          if (scene) scene.partial = true;
          continue;
        }
        if (++choices > MAX_CHOICES) {
          over(line, 'choices', MAX_CHOICES);
          continue;
        }
        choice = { id: read.value.id, markdown: stripQuotes(read.value.text), silent: false, routes: [], effects: [], evidence: [], line };
        scene.choices.push(choice);
        written = new Set();
        continue;
      }
      report(line, `headings of level ${level} are not part of the script format`);
      continue;
    }
    if (skip) continue;

    if (!seenPhase) {
      if (raw.introLine === undefined && trimmed && !/^#\s/.test(trimmed)) raw.introLine = line;
      intro.push(text);
      continue;
    }
    if (!scene) {
      if (trimmed && !outsideReported) report(line, 'text outside a scene (start a scene with "### Scene: <scene-id>")');
      if (trimmed) outsideReported = true;
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
    // A new paragraph that is plainly a field with a typo (where it could be nothing else).
    const near = para ? undefined : choice ? nearField(CHOICE_FIELDS, trimmed, 'choice') : nearField(SCENE_FIELDS, trimmed, 'scene', true);
    if (near) {
      report(line, near.message);
      if (choice) applyField(CHOICE_FIELDS, choice, `choice "${choice.id}"`, near.match, line);
      else applyField(SCENE_FIELDS, scene, `scene "${scene.id}"`, near.match, line);
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
