/**
 * Parses the small condition language of scripts (`safety < 40 and not chose advise`) into a
 * Condition tree. Compile-time only: the runtime evaluates trees and never sees this text, so the
 * grammar can grow without touching the machine. Hand-written recursive descent because the
 * language is tiny and the errors must read well to authors. The recursion is as deep as the
 * condition nests, so the nesting (brackets and `not`) and the number of terms are measured on
 * the tokens first and held to MAX_CONDITION_DEPTH and MAX_CONDITION_TERMS (limits.ts): the
 * parser, and every later walk over the tree (the explorer's, the player's), stays shallow.
 */
import { MAX_CONDITION_DEPTH, MAX_CONDITION_TERMS } from './limits';
import type { CompareOp, Condition } from './types';

/** Result of parsing one condition. */
export type ConditionResult = { ok: true; condition: Condition } | { ok: false; message: string };

const TOKEN = /\s*(<=|>=|==|!=|<|>|\(|\)|-?\d+(?:\.\d+)?|[A-Za-z][A-Za-z0-9_-]*)/y;

const END = /\s*$/y;

/** The tokens of a condition, or what is unexpected (linear: one sticky match per token). */
function tokenize(text: string): string[] | string {
  const tokens: string[] = [];
  let pos = 0;
  while (pos < text.length) {
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(text);
    if (!m) {
      END.lastIndex = pos;
      if (END.test(text)) break;
      return `unexpected "${text.slice(pos, pos + 40).trim().slice(0, 20)}"`;
    }
    tokens.push(m[1]!);
    pos = TOKEN.lastIndex;
  }
  return tokens;
}

const OPS = new Set(['<', '<=', '>', '>=', '==', '!=']);
const KEYWORDS = new Set(['and', 'or', 'not', 'chose', 'visited']);

/**
 * Why the tokens are over a limit, or undefined. Depth counts the open brackets plus the `not`s
 * that apply at each point (a `not` applies until the next `and`/`or` at its bracket level);
 * terms are the identifiers that are not keywords (one per comparison, `chose` or `visited`).
 */
function overLimit(tokens: readonly string[]): string | undefined {
  const nots = [0];
  let deepest = 0;
  let terms = 0;
  for (const t of tokens) {
    if (t === '(') nots.push(0);
    else if (t === ')') {
      if (nots.length > 1) nots.pop();
      nots[nots.length - 1] = 0;
    } else if (t === 'not') nots[nots.length - 1]!++;
    else if (t === 'and' || t === 'or') nots[nots.length - 1] = 0;
    else if (/^[A-Za-z]/.test(t) && !KEYWORDS.has(t)) terms++;
    const depth = nots.length - 1 + nots.reduce((a, b) => a + b, 0);
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_CONDITION_DEPTH) return `it nests brackets and "not" more than ${MAX_CONDITION_DEPTH} levels deep, the limit; write it more simply`;
    if (terms > MAX_CONDITION_TERMS) return `it has more than ${MAX_CONDITION_TERMS} tests, the limit for one condition; split the decision over several scenes`;
  }
  return undefined;
}

/** Parse a condition; never throws. */
export function parseCondition(text: string): ConditionResult {
  const tokens = tokenize(text);
  if (typeof tokens === 'string') return { ok: false, message: `condition "${text}": ${tokens}` };
  if (tokens.length === 0) return { ok: false, message: 'empty condition' };
  const limit = overLimit(tokens);
  if (limit) return { ok: false, message: `condition "${shorten(text)}": ${limit}` };
  let i = 0;
  const peek = () => tokens[i];
  const fail = (why: string): never => {
    throw new SyntaxError(`condition "${shorten(text)}": ${why}`);
  };
  const ident = /^[a-z][a-z0-9-]*$/;

  function parseOr(): Condition {
    const operands = [parseAnd()];
    while (peek() === 'or') {
      i++;
      operands.push(parseAnd());
    }
    return operands.length === 1 ? operands[0]! : { kind: 'or', operands };
  }
  function parseAnd(): Condition {
    const operands = [parseNot()];
    while (peek() === 'and') {
      i++;
      operands.push(parseNot());
    }
    return operands.length === 1 ? operands[0]! : { kind: 'and', operands };
  }
  function parseNot(): Condition {
    if (peek() === 'not') {
      i++;
      return { kind: 'not', operand: parseNot() };
    }
    return parseAtom();
  }
  function parseAtom(): Condition {
    const t = peek();
    if (t === undefined) return fail('ends too early');
    if (t === '(') {
      i++;
      const inner = parseOr();
      if (peek() !== ')') fail('missing ")"');
      i++;
      return inner;
    }
    if (t === 'chose' || t === 'visited') {
      i++;
      const id = peek();
      if (id === undefined || !ident.test(id)) return fail(`"${t}" needs an id after it`);
      i++;
      return t === 'chose' ? { kind: 'chose', choice: id } : { kind: 'visited', scene: id };
    }
    if (!ident.test(t) || t === 'and' || t === 'or') return fail(`unexpected "${t}"`);
    i++;
    const op = peek();
    if (op === undefined || !OPS.has(op)) return fail(`expected a comparison (<, <=, >, >=, ==, !=) after "${t}"`);
    i++;
    const num = peek();
    if (num === undefined || !/^-?\d+(\.\d+)?$/.test(num)) return fail(`expected a number after "${t} ${op}"`);
    if (!Number.isFinite(Number(num))) return fail(`the number after "${t} ${op}" is too large; climate values run from 0 to 100`);
    i++;
    return { kind: 'compare', variable: t, op: op as CompareOp, value: Number(num) };
  }

  try {
    const condition = parseOr();
    if (i < tokens.length) fail(`unexpected "${tokens[i]}"`);
    return { ok: true, condition };
  } catch (e) {
    // Only our own SyntaxError carries words for authors; anything else would be an engine's.
    return { ok: false, message: e instanceof SyntaxError ? e.message : `condition "${shorten(text)}" could not be read; write it more simply` };
  }
}

/** A condition as quoted in a message: at most 80 characters. */
function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** Every climate variable, choice and scene a condition refers to (in order; iterative). */
export function conditionRefs(c: Condition): { variables: string[]; choices: string[]; scenes: string[] } {
  const out = { variables: [] as string[], choices: [] as string[], scenes: [] as string[] };
  const stack: Condition[] = [c];
  while (stack.length) {
    const n = stack.pop()!;
    switch (n.kind) {
      case 'compare': out.variables.push(n.variable); break;
      case 'chose': out.choices.push(n.choice); break;
      case 'visited': out.scenes.push(n.scene); break;
      case 'not': stack.push(n.operand); break;
      case 'and': case 'or': for (let k = n.operands.length - 1; k >= 0; k--) stack.push(n.operands[k]!); break;
    }
  }
  return out;
}
