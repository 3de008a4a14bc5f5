/**
 * A YAML map read with the line of every field and of every list item, so whoever checks it can
 * report `file:line`: the front matter of a script, and the YAML files of `content/` (vocabulary,
 * people, style). Never throws; problems are reported at their line in the app's words
 * (yaml-words.ts).
 *
 * The text is untrusted (a case file's front matter), so the values are bounded before anyone
 * reads them: the YAML library expands at most MAX_YAML_ALIASES aliases, and the whole map, with
 * every alias (`*name`) filled in, may be at most `maxChars` characters. The size is computed over
 * the distinct values once (an alias adds the size of what it refers to without being walked
 * again), so a small anchor aliased many times costs nothing to measure. Maps become plain objects
 * here, iteratively, with every key an own property (no prototype can be reached), and an alias
 * to the list or map it sits in is refused rather than turned into a value that contains itself.
 */
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node } from 'yaml';
import { count, MAX_YAML_ALIASES } from './limits';
import type { Located } from './raw-script';
import { yamlProblem } from './yaml-words';

/** Keys that could reach a prototype; refused at the top level (deeper down they are plain own keys). */
const PROTO_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Why a value could not become plain data, in words (the end of a sentence after `what`); `limit` when a size limit did. */
type Refusal = { why: string; limit?: boolean };

/**
 * Read `text` (whose first line is file line `firstLine`) as a map of fields. `what` names it in
 * messages ("front matter"). Returns undefined when it is not a readable map. `maxChars` bounds
 * the map's size with its aliases filled in; `overLimit` hears when a size limit refused it.
 */
export function readYamlMap(
  text: string,
  firstLine: number,
  what: string,
  report: (line: number, message: string) => void,
  maxChars = 1_000_000,
  overLimit: () => void = () => undefined,
): Record<string, Located<unknown>> | undefined {
  const counter = new LineCounter();
  let doc;
  try {
    doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  } catch {
    report(firstLine, `${what} could not be read as YAML; check its brackets and quotes`);
    return undefined;
  }
  const lineAt = (offset: number | undefined) => (offset === undefined ? firstLine : counter.linePos(offset).line + firstLine - 1);
  // The first problem only: YAML errors cascade, and one deep bracket can cause thousands.
  const first = doc.errors[0];
  if (first) {
    report(lineAt(first.pos[0]), `${what}: ${yamlProblem(first)}`);
    return undefined;
  }
  const root = doc.contents;
  if (!isMap(root)) {
    report(firstLine, `${what} must be a list of "key: value" fields`);
    return undefined;
  }
  let js: unknown;
  try {
    js = doc.toJS({ mapAsMap: true, maxAliasCount: MAX_YAML_ALIASES });
  } catch (e) {
    const refusal = toJsProblem(e);
    report(firstLine, `${what} ${refusal.why}`);
    if (refusal.limit) overLimit();
    return undefined;
  }
  const plain = toPlain(js, maxChars);
  if ('why' in plain) {
    report(firstLine, `${what} ${plain.why}`);
    if (plain.limit) overLimit();
    return undefined;
  }
  const values = plain.value as Record<string, unknown>;
  const out: Record<string, Located<unknown>> = {};
  for (const pair of root.items) {
    const keyNode = pair.key as Node | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const line = lineAt(keyNode?.range?.[0]);
    if (PROTO_KEYS.has(key)) {
      report(line, `${what} field "${key}" is not allowed`);
      continue;
    }
    const valueNode = pair.value as Node | null;
    const entry: Located<unknown> = { value: Object.getOwnPropertyDescriptor(values, key)?.value ?? null, line };
    if (isSeq(valueNode)) entry.items = valueNode.items.map((n) => lineAt((n as Node).range?.[0]));
    Object.defineProperty(out, key, { value: entry, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** What the YAML library's expansion refused, in words. */
function toJsProblem(e: unknown): Refusal {
  const message = e instanceof Error ? e.message : '';
  if (/alias count/i.test(message))
    return { why: `uses YAML aliases (*name) more than ${count(MAX_YAML_ALIASES)} times; the limit is ${count(MAX_YAML_ALIASES)}, so write the values out instead`, limit: true };
  if (/Unresolved alias/i.test(message)) return { why: 'uses an alias (*name) whose anchor (&name) is not written above it; write the value out instead' };
  return { why: 'has lists or maps nested too deeply to read; write them with fewer levels of brackets', limit: true };
}

/**
 * The YAML library's value (maps as `Map`, so no key is ever assigned to an object) as plain data:
 * objects with own keys, arrays, strings, numbers, booleans and null. Refuses a value larger than
 * `maxChars` with its aliases filled in, a key that is a list or map, and a value that contains
 * itself. Iterative, so depth cannot overflow the stack.
 */
function toPlain(root: unknown, maxChars: number): { value: unknown } | Refusal {
  const done = new Map<object, { value: unknown; size: number }>();
  const open = new Set<object>();
  const scalarSize = (v: unknown) => (typeof v === 'string' ? v.length : String(v).length);
  const stack: { node: object; entered: boolean }[] = [];
  const push = (v: unknown): Refusal | undefined => {
    if (v === null || typeof v !== 'object' || done.has(v)) return undefined;
    if (open.has(v)) return { why: 'has an alias (*name) inside the list or map it names, so its value would never end; write the value out instead' };
    stack.push({ node: v, entered: false });
    return undefined;
  };
  const first = push(root);
  if (first) return first;
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const node = top.node;
    if (!top.entered && done.has(node)) {
      stack.pop(); // listed twice (two aliases side by side) and finished the first time
      continue;
    }
    const children: unknown[] = node instanceof Map ? [...node.values()] : [...(node as Iterable<unknown>)];
    if (!top.entered) {
      top.entered = true;
      open.add(node);
      if (node instanceof Map) for (const k of node.keys()) if (k !== null && typeof k === 'object') return { why: 'has a key that is a list or map; write keys as plain words' };
      for (const c of children) {
        const refused = push(c);
        if (refused) return refused;
      }
      continue;
    }
    stack.pop();
    open.delete(node);
    const sizeOf = (c: unknown) => (c !== null && typeof c === 'object' ? done.get(c)!.size : scalarSize(c));
    const valueOf = (c: unknown) => (c !== null && typeof c === 'object' ? done.get(c)!.value : c);
    let size = 1;
    let value: unknown;
    if (node instanceof Map) {
      const obj: Record<string, unknown> = {};
      for (const [k, c] of node) {
        size += String(k).length + sizeOf(c);
        Object.defineProperty(obj, String(k), { value: valueOf(c), enumerable: true, writable: true, configurable: true });
      }
      value = obj;
    } else {
      value = children.map(valueOf);
      for (const c of children) size += sizeOf(c);
    }
    if (size > maxChars)
      return { why: `is more than ${count(maxChars)} characters long once its YAML aliases (*name) are filled in; the limit is ${count(maxChars)}, so write each text once instead of repeating an alias`, limit: true };
    done.set(node, { value, size });
  }
  return { value: root !== null && typeof root === 'object' ? done.get(root)!.value : root };
}

/** The items of a list field with their lines; undefined when the field is absent or not a list. */
export function listItems(entry: Located<unknown> | undefined): { value: unknown; line: number }[] | undefined {
  if (!entry || !Array.isArray(entry.value)) return undefined;
  return entry.value.map((value, i) => ({ value, line: entry.items?.[i] ?? entry.line }));
}
