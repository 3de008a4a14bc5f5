/**
 * Parses the small condition language of scripts (`safety < 40 and not chose advise`) into a
 * Condition tree. Compile-time only: the runtime evaluates trees and never sees this text, so the
 * grammar can grow without touching the machine. Hand-written recursive descent because the
 * language is tiny and the errors must read well to authors.
 */
import type { CompareOp, Condition } from './types';

/** Result of parsing one condition. */
export type ConditionResult = { ok: true; condition: Condition } | { ok: false; message: string };

const TOKEN = /\s*(<=|>=|==|!=|<|>|\(|\)|-?\d+(?:\.\d+)?|[A-Za-z][A-Za-z0-9_-]*)/y;

function tokenize(text: string): string[] | string {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < text.length) {
    if (/^\s*$/.test(text.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(text);
    if (!m) return `unexpected "${text.slice(pos).trim().slice(0, 20)}"`;
    tokens.push(m[1]!);
    pos = TOKEN.lastIndex;
  }
  return tokens;
}

const OPS = new Set(['<', '<=', '>', '>=', '==', '!=']);

/** Parse a condition; never throws. */
export function parseCondition(text: string): ConditionResult {
  const tokens = tokenize(text);
  if (typeof tokens === 'string') return { ok: false, message: `condition "${text}": ${tokens}` };
  if (tokens.length === 0) return { ok: false, message: 'empty condition' };
  let i = 0;
  const peek = () => tokens[i];
  const fail = (why: string): never => {
    throw new SyntaxError(`condition "${text}": ${why}`);
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
    i++;
    return { kind: 'compare', variable: t, op: op as CompareOp, value: Number(num) };
  }

  try {
    const condition = parseOr();
    if (i < tokens.length) fail(`unexpected "${tokens[i]}"`);
    return { ok: true, condition };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
}

/** Every climate variable, choice and scene a condition refers to. */
export function conditionRefs(c: Condition): { variables: string[]; choices: string[]; scenes: string[] } {
  const out = { variables: [] as string[], choices: [] as string[], scenes: [] as string[] };
  const walk = (n: Condition): void => {
    switch (n.kind) {
      case 'compare': out.variables.push(n.variable); break;
      case 'chose': out.choices.push(n.choice); break;
      case 'visited': out.scenes.push(n.scene); break;
      case 'not': walk(n.operand); break;
      case 'and': case 'or': n.operands.forEach(walk); break;
    }
  };
  walk(c);
  return out;
}
