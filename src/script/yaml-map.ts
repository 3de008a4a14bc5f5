/**
 * A YAML map read with the line of every field and of every list item, so whoever checks it can
 * report `file:line`: the front matter of a script, and the YAML files of `content/` (vocabulary,
 * people, style). Never throws; YAML errors are reported at their line.
 */
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import type { Located } from './raw-script';

/**
 * Read `text` (whose first line is file line `firstLine`) as a map of fields. `what` names it in
 * messages ("front matter"). Returns undefined when it is not a readable map. Keys that could reach
 * a prototype are refused, and entries are plain own properties.
 */
export function readYamlMap(
  text: string,
  firstLine: number,
  what: string,
  report: (line: number, message: string) => void,
): Record<string, Located<unknown>> | undefined {
  const counter = new LineCounter();
  let doc;
  try {
    doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  } catch (e) {
    report(firstLine, `${what} could not be read: ${(e as Error).message}`);
    return undefined;
  }
  const lineAt = (offset: number | undefined) => (offset === undefined ? firstLine : counter.linePos(offset).line + firstLine - 1);
  for (const err of doc.errors) report(lineAt(err.pos[0]), `${what}: ${yamlMessage(err.message)}`);
  if (doc.errors.length) return undefined;
  const root = doc.contents;
  if (!isMap(root)) {
    report(firstLine, `${what} must be a list of "key: value" fields`);
    return undefined;
  }
  const out: Record<string, Located<unknown>> = {};
  for (const pair of root.items) {
    const keyNode = pair.key as Node | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const line = lineAt(keyNode?.range?.[0]);
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
      report(line, `${what} field "${key}" is not allowed`);
      continue;
    }
    const valueNode = pair.value as Node | null;
    let value: unknown;
    try {
      value = valueNode ? valueNode.toJS(doc, { maxAliasCount: 100 }) : null;
    } catch (e) {
      report(line, `${what} field "${key}": ${(e as Error).message}`);
      continue;
    }
    const entry: Located<unknown> = { value, line };
    if (isSeq(valueNode)) entry.items = valueNode.items.map((n) => lineAt((n as Node).range?.[0]));
    Object.defineProperty(out, key, { value: entry, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** The first line of a YAML error without its "at line n, column m" (the diagnostic has the line). */
function yamlMessage(message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  // The usual cause in a `{ … }` entry is a value that contains ": ".
  return /within flow collections/.test(first) ? `${first} (put text that contains ": " in quotes)` : first;
}

/** The items of a list field with their lines; undefined when the field is absent or not a list. */
export function listItems(entry: Located<unknown> | undefined): { value: unknown; line: number }[] | undefined {
  if (!entry || !Array.isArray(entry.value)) return undefined;
  return entry.value.map((value, i) => ({ value, line: entry.items?.[i] ?? entry.line }));
}
