/**
 * The first check on any JSON file the app reads from outside (a backup, a receipt): a walk over
 * the parsed value, without recursion, that refuses what no file of the app ever holds before any
 * schema or code touches it: `__proto__`/`constructor`/`prototype` keys (JSON.parse makes them own
 * keys, harmless until something copies them onto an object), non-finite numbers, and depth, list,
 * text and total sizes beyond the format's limits. One walker, so every format refuses hostile
 * shapes the same way; each names itself in the reasons ("longer than any backup has").
 */

/** Limits of one file format. */
export interface ShapeLimits {
  /** What the file is, for reasons ("backup", "receipt"). */
  noun: string;
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

/** Why the parsed JSON `root` is unacceptable, in words a learner can read, or undefined. */
export function jsonShapeProblem(root: unknown, limits: ShapeLimits): string | undefined {
  const { noun } = limits;
  const long = new Set(limits.longTextKeys ?? []);
  const stack: Array<[unknown, number, string]> = [[root, 0, '']];
  let nodes = 0;
  while (stack.length) {
    const [value, depth, key] = stack.pop()!;
    if (++nodes > limits.nodes) return `it holds more than ${limits.nodes} values, more than any ${noun}`;
    if (typeof value === 'string') {
      const max = long.has(key) ? (limits.longText ?? limits.text) : limits.text;
      if (value.length > max) return `it holds a text of ${value.length} characters, longer than any ${noun} has`;
      continue;
    }
    if (typeof value === 'number' && !Number.isFinite(value)) return 'it holds a number too large to be real';
    if (value === null || typeof value !== 'object') continue;
    if (depth >= limits.depth) return `it is nested ${limits.depth} levels deep, deeper than any ${noun}`;
    if (Array.isArray(value)) {
      if (value.length > limits.items) return `it holds a list of ${value.length} items, longer than any ${noun} has`;
      for (const item of value) stack.push([item, depth + 1, '']);
      continue;
    }
    for (const k of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(k)) return `it contains a field named ${JSON.stringify(k)}, which no ${noun} has`;
      if (k.length > 200) return `it contains a field name longer than any ${noun} has`;
      stack.push([(value as Record<string, unknown>)[k], depth + 1, k]);
    }
  }
  return undefined;
}
