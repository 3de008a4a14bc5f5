/**
 * The first check on any JSON file the app reads from outside (a backup, a receipt): a walk over
 * the parsed value, without recursion, that refuses what no file of the app ever holds before any
 * schema or code touches it: `__proto__`/`constructor`/`prototype` keys (JSON.parse makes them own
 * keys, harmless until something copies them onto an object), non-finite numbers, and depth, list,
 * text and total sizes beyond the format's limits. One walker, so every format refuses hostile
 * shapes the same way. It returns a code and its data (`ShapeProblem`); `m.schemaProblems.shape` words it
 * with the format's noun ("longer than any backup has").
 */
import type { FileKind, ShapeProblem } from './types';

/** Limits of one file format. */
export interface ShapeLimits {
  /** What the file is, for the words of its problems. */
  noun: FileKind;
  /** Deepest nesting. */
  depth: number;
  /** Longest list. */
  items: number;
  /** Longest text. */
  text: number;
  /** Longest text under a key named in `longTextKeys`. */
  longText?: number;
  /** Keys whose text may be up to `longText` long (e.g. a case file's `source`). */
  longTextKeys?: readonly string[];
  /** Most values in the whole file. */
  nodes: number;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Why the parsed JSON `root` is unacceptable, as a code and its data, or undefined. */
export function jsonShapeProblem(root: unknown, limits: ShapeLimits): ShapeProblem | undefined {
  const long = new Set(limits.longTextKeys ?? []);
  const stack: Array<[unknown, number, string]> = [[root, 0, '']];
  let nodes = 0;
  while (stack.length) {
    const [value, depth, key] = stack.pop()!;
    if (++nodes > limits.nodes) return { code: 'too-many-values', max: limits.nodes };
    if (typeof value === 'string') {
      const max = long.has(key) ? (limits.longText ?? limits.text) : limits.text;
      if (value.length > max) return { code: 'text-too-long', length: value.length };
      continue;
    }
    if (typeof value === 'number' && !Number.isFinite(value)) return { code: 'number-not-finite' };
    if (value === null || typeof value !== 'object') continue;
    if (depth >= limits.depth) return { code: 'too-deep', depth: limits.depth };
    if (Array.isArray(value)) {
      if (value.length > limits.items) return { code: 'list-too-long', length: value.length };
      for (const item of value) stack.push([item, depth + 1, '']);
      continue;
    }
    for (const k of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(k)) return { code: 'forbidden-key', key: k };
      if (k.length > 200) return { code: 'key-too-long' };
      stack.push([(value as Record<string, unknown>)[k], depth + 1, k]);
    }
  }
  return undefined;
}
