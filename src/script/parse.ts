/**
 * Markdown script text → RawScript, syntax only.
 *
 * A line-oriented reader rather than a Markdown AST: the grammar is a handful of headings and
 * `Key:` lines, authors need exact line numbers, and the parser must never throw on any input
 * (it returns diagnostics instead). Meaning — names, ids, reachability — is the validator's job.
 */
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import { parseCondition } from './condition-parser';
import type { RawChoice, RawDelta, RawLine, RawScene, RawScript, Located } from './raw-script';
import type { Diagnostic, Route } from './types';

/** Largest script the parser accepts, in characters. */
export const MAX_SCRIPT_CHARS = 1_000_000;

/** Parser output: a RawScript (possibly partial) and syntax diagnostics. */
export interface ParseResult {
  /** What could be read. */
  raw: RawScript;
  /** Syntax problems. */
  diagnostics: Diagnostic[];
}

const SCENE_KEYS = /^(Minutes|Title|Outcome|Debrief|Next(?: if (.+?))?):\s*(.*)$/;
const CHOICE_KEYS = /^(Silent|If|Effects|Evidence|What happened|Why|Instead|Goes to(?: if (.+?))?):\s*(.*)$/;
const MULTILINE = new Set(['Debrief', 'What happened', 'Why', 'Instead']);
const LINK = /^(?:\[[^\]]*\]\(#([a-z0-9][a-z0-9-]*)\)|#([a-z0-9][a-z0-9-]*))\s*$/;
/** Longest speaker name or condition prefix looked for, so a hostile line costs linear time. */
const MAX_PREFIX = 200;

/** Blank out HTML comments but keep their newlines so line numbers stay true. */
function stripComments(text: string): string {
  return text.replace(/<!--[\s\S]*?(?:-->|$)/g, (m) => m.replace(/[^\n]/g, ''));
}

/** Parse a script; never throws. */
export function parseScript(source: string, file: string): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const report = (line: number, message: string) => diagnostics.push({ severity: 'error', file, line, message });
  const raw: RawScript = { file, meta: {}, metaLine: 1, intro: '', phases: [], scenes: [] };

  if (typeof source !== 'string') {
    report(1, 'script is not text');
    return { raw, diagnostics };
  }
  if (source.length > MAX_SCRIPT_CHARS) {
    report(1, `script is too large (${source.length} characters; the limit is ${MAX_SCRIPT_CHARS})`);
    return { raw, diagnostics };
  }
  const lines = source.replace(/\r\n?/g, '\n').split('\n');

  // Front matter.
  let bodyStart = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
    if (end < 0) {
      report(1, 'front matter starts with "---" but never ends with a closing "---"');
      return { raw, diagnostics };
    }
    readFrontMatter(lines.slice(1, end).join('\n'), 2, raw, report);
    bodyStart = end + 1;
  } else {
    report(1, 'a script must start with front matter between "---" lines');
  }

  const body = stripComments(lines.slice(bodyStart).join('\n')).split('\n');
  readBody(body, bodyStart + 1, raw, report);
  return { raw, diagnostics };
}

function readFrontMatter(text: string, firstLine: number, raw: RawScript, report: (l: number, m: string) => void) {
  raw.metaLine = firstLine - 1;
  const counter = new LineCounter();
  let doc;
  try {
    doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  } catch (e) {
    report(firstLine, `front matter could not be read: ${(e as Error).message}`);
    return;
  }
  const lineAt = (offset: number | undefined) => (offset === undefined ? firstLine : counter.linePos(offset).line + firstLine - 1);
  for (const err of doc.errors) report(lineAt(err.pos[0]), `front matter: ${err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`);
  if (doc.errors.length) return;
  const root = doc.contents;
  if (!isMap(root)) {
    report(firstLine, 'front matter must be a list of "key: value" fields');
    return;
  }
  for (const pair of root.items) {
    const keyNode = pair.key as Node | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const line = lineAt(keyNode?.range?.[0]);
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
      report(line, `front matter field "${key}" is not allowed`);
      continue;
    }
    const valueNode = pair.value as Node | null;
    let value: unknown;
    try {
      value = valueNode ? valueNode.toJS(doc, { maxAliasCount: 100 }) : null;
    } catch (e) {
      report(line, `front matter field "${key}": ${(e as Error).message}`);
      continue;
    }
    const entry: Located<unknown> = { value, line };
    if (isSeq(valueNode)) entry.items = valueNode.items.map((n) => lineAt((n as Node).range?.[0]));
    Object.defineProperty(raw.meta, key, { value: entry, enumerable: true, writable: true, configurable: true });
  }
}

function parseLink(text: string): string | undefined {
  const m = LINK.exec(text.trim());
  return m ? (m[1] ?? m[2]) : undefined;
}

function parseDeltas(text: string, line: number, what: string, report: (l: number, m: string) => void): RawDelta[] {
  const out: RawDelta[] = [];
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^([a-z][a-z0-9-]*)\s+([+-]\d+)$/.exec(part);
    if (!m) {
      report(line, `${what} "${part}" should look like "name +5" or "name -1"`);
      continue;
    }
    out.push({ id: m[1]!, delta: Number(m[2]), line });
  }
  return out;
}

function readBody(lines: string[], offset: number, raw: RawScript, report: (l: number, m: string) => void) {
  let phase: string | null = null;
  let scene: RawScene | null = null;
  let choice: RawChoice | null = null;
  let intro: string[] = [];
  let seenPhase = false;
  // The multi-line field being collected, if any.
  let field: { set: (text: string) => void; buf: string[] } | null = null;
  // The paragraph being collected, if any.
  let para: { buf: string[]; line: number } | null = null;

  const flushField = () => {
    if (field) field.set(field.buf.join('\n').trim());
    field = null;
  };
  const flushPara = () => {
    if (!para) return;
    const text = para.buf.join('\n').trim();
    const line = para.line;
    para = null;
    if (!scene) return;
    if (choice || scene.choices.length) {
      report(line, 'text after a choice heading must be a choice field (Goes to:, Effects:, Evidence:, What happened:, Why:, Instead:…)');
      return;
    }
    scene.lines.push(readLine(text, line, report));
  };
  const flushAll = () => {
    flushPara();
    flushField();
  };
  const route = (cond: string | undefined, target: string, line: number, label: string): Route | null => {
    const id = parseLink(target);
    if (!id) {
      report(line, `${label} needs a scene link like "[label](#scene-id)"`);
      return null;
    }
    if (cond === undefined) return { target: id, line };
    const c = parseCondition(cond);
    if (!c.ok) {
      report(line, c.message);
      return null;
    }
    return { target: id, when: c.condition, line };
  };

  for (let i = 0; i < lines.length; i++) {
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
        seenPhase = true;
        raw.intro = intro.join('\n').trim();
        phase = m[1]!;
        raw.phases.push({ value: phase, line });
        scene = null;
        choice = null;
        continue;
      }
      if (level === 3) {
        const m = /^(Scene|Ending):\s*([A-Za-z0-9-]+)(?:\s+[—–-].*)?$/.exec(rest);
        if (!m) {
          report(line, `expected "### Scene: <scene-id>" or "### Ending: <scene-id>", found "### ${rest}"`);
          scene = null;
          choice = null;
          continue;
        }
        if (!seenPhase) report(line, `scene "${m[2]}" is not inside a "## Phase:" section`);
        seenPhase = true;
        scene = { id: m[2]!, isEnding: m[1] === 'Ending', phase, minutes: 1, lines: [], choices: [], next: [], line };
        raw.scenes.push(scene);
        choice = null;
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
        choice = { id: m[1]!, markdown: stripQuotes(m[2]!.trim()), silent: false, routes: [], effects: [], evidence: [], line };
        scene.choices.push(choice);
        continue;
      }
      report(line, `headings of level ${level} are not part of the script format`);
      continue;
    }

    if (!seenPhase) {
      intro.push(text);
      continue;
    }
    if (!scene) {
      if (trimmed) report(line, 'text outside a scene (start a scene with "### Scene: <scene-id>")');
      continue;
    }

    const misplaced = choice && !CHOICE_KEYS.test(trimmed) ? SCENE_KEYS.exec(trimmed) : null;
    if (misplaced) {
      flushAll();
      report(line, `${misplaced[1]!.replace(/ if .*$/, '')}: must come before the choices of a scene`);
      continue;
    }
    const keyMatch = (choice ? CHOICE_KEYS : SCENE_KEYS).exec(trimmed);
    if (keyMatch) {
      flushAll();
      const key = keyMatch[1]!.replace(/ if .*$/, '');
      const cond = keyMatch[2];
      const value = keyMatch[3]!.trim();
      if (choice) {
        const c: RawChoice = choice;
        switch (key) {
          case 'Silent':
            if (!/^(yes|no)$/.test(value)) report(line, 'Silent: must be "yes" or "no"');
            c.silent = value === 'yes';
            break;
          case 'If': {
            const r = parseCondition(value);
            if (r.ok) c.when = r.condition;
            else report(line, r.message);
            break;
          }
          case 'Effects': c.effects.push(...parseDeltas(value, line, 'effect', report)); break;
          case 'Evidence': c.evidence.push(...parseDeltas(value, line, 'evidence', report)); break;
          case 'Goes to': {
            const r = route(cond, value, line, 'Goes to:');
            if (r) c.routes.push(r);
            break;
          }
          default:
            if (MULTILINE.has(key)) {
              const prop = key === 'What happened' ? 'happened' : key === 'Why' ? 'why' : 'instead';
              if (c[prop] !== undefined) report(line, `choice "${c.id}" has "${key}:" twice`);
              field = { buf: [value], set: (t) => (c[prop] = t) };
            }
        }
      } else {
        const s: RawScene = scene;
        switch (key) {
          case 'Minutes': {
            const n = Number(value);
            if (!/^\d+(\.\d+)?$/.test(value) || n > 120) report(line, `Minutes: must be a number of minutes (0–120), found "${value}"`);
            else s.minutes = n;
            break;
          }
          case 'Title': s.title = value; break;
          case 'Outcome': s.outcome = { value, line }; break;
          case 'Next': {
            const r = route(cond, value, line, 'Next:');
            if (r) s.next.push(r);
            break;
          }
          case 'Debrief':
            field = { buf: [value], set: (t) => (s.debrief = t) };
            break;
        }
      }
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
  flushAll();
  if (!seenPhase) raw.intro = intro.join('\n').trim();
}

function stripQuotes(text: string): string {
  const m = /^["“](.*)["”]$/.exec(text);
  return m ? m[1]! : text;
}

/**
 * One paragraph of a scene: an optional `[if …]` prefix, then `**Name:**`, `**Name (thinks):**`
 * or narration. Scanned with indexOf rather than backtracking patterns, so a hostile line that
 * never closes its `**` or `]` costs linear time.
 */
function readLine(text: string, line: number, report: (l: number, m: string) => void): RawLine {
  let rest = text;
  let when;
  if (rest.startsWith('[if ') || rest.startsWith('[if\t')) {
    const close = rest.indexOf(']');
    if (close > 0 && close <= MAX_PREFIX) {
      const r = parseCondition(rest.slice(4, close).trim());
      if (r.ok) when = r.condition;
      else report(line, r.message);
      rest = rest.slice(close + 1).trimStart();
    }
  }
  if (rest.startsWith('**')) {
    const close = rest.indexOf(':**', 2);
    const name = close > 2 && close <= MAX_PREFIX ? rest.slice(2, close) : '';
    if (name && !/[*()\n]/.test(name.replace(/\s*\(thinks\)$/, ''))) {
      const thinks = /\s*\(thinks\)$/.test(name);
      const speakerName = name.replace(/\s*\(thinks\)$/, '').trim();
      if (speakerName) return { kind: thinks ? 'inner' : 'speech', speakerName, markdown: rest.slice(close + 3).trim(), when, line };
    }
  }
  return { kind: 'narration', markdown: rest.trim(), when, line };
}
