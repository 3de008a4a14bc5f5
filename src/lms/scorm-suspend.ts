/**
 * The `cmi.suspend_data` codec. SCORM 1.2 gives a SCO one string of at most 4,096 characters
 * (CMIString4096), SCORM 2004 one of at most 64,000 (characterstring SPM 64000), to resume from, on whatever device the learner opens the LMS next, so it holds
 * only what rebuilds an attempt: module id, script hash and the choice log. Scenes are not stored:
 * replaying the log through the machine recovers them and proves the log still fits the script.
 *
 *     br1~rule-honesty~3f2a…~name-it.hold-silence._.ask-feelings
 *     │   │            │      └ steps: a choice id, or "_" for Continue, joined by "."
 *     │   │            └ content hash of the script the steps were taken in
 *     │   └ module id
 *     └ format version (a reader rejects versions it does not know rather than guess)
 *
 * Choice ids rather than indexes: ids survive edits to a script (the app's own replay relies on
 * that), so a changed script still resumes or fails loudly, never silently on the wrong path.
 * Ids use only `[a-z0-9-]`, so `~`, `.` and `_` never clash with them, and the whole string is
 * printable ASCII that no LMS escapes. The longest path of every built-in module is under 250
 * characters (a unit test checks them all); should a future module exceed the limit, the newest
 * steps are dropped and the learner resumes a few steps earlier instead of losing everything.
 */
import type { Step } from '../storage/types';
import type { DecodeResult, StepToken, SuspendProblem, SuspendState } from './types';

/** Current format version. */
export const SUSPEND_VERSION = 1;
/** Longest `cmi.suspend_data` SCORM 1.2 guarantees (CMIString4096). */
export const SUSPEND_LIMIT = 4096;
/** Longest `cmi.suspend_data` SCORM 2004 4th edition guarantees (SPM 64,000 characters). */
export const SUSPEND_LIMIT_2004 = 64_000;

const ID = /^[a-z0-9][a-z0-9-]{0,119}$/;
const HASH = /^[0-9a-f]{1,64}$/;
const CONTINUE = '_';

function token(step: StepToken): string {
  return step.type === 'continue' ? CONTINUE : step.choice;
}

/**
 * Encode a state. When it would exceed `limit`, the newest steps are dropped until it fits;
 * `kept` says how many steps the string holds.
 */
export function encodeSuspend(state: SuspendState, limit = SUSPEND_LIMIT): { data: string; kept: number } {
  // Invariants for developers (states come from the app's own scripts): a code and the value.
  if (!ID.test(state.module)) throw new TypeError(`suspend-module-id: ${JSON.stringify(state.module)}`);
  if (!HASH.test(state.hash)) throw new TypeError(`suspend-script-hash: ${JSON.stringify(state.hash)}`);
  for (const s of state.steps) if (s.type === 'choice' && !ID.test(s.choice)) throw new TypeError(`suspend-choice-id: ${JSON.stringify(s.choice)}`);
  const head = `br${SUSPEND_VERSION}~${state.module}~${state.hash}~`;
  let length = head.length;
  let kept = 0;
  for (const s of state.steps) {
    const add = token(s).length + (kept ? 1 : 0);
    if (length + add > limit) break;
    length += add;
    kept++;
  }
  return { data: head + state.steps.slice(0, kept).map(token).join('.'), kept };
}

const rejected = (problem: SuspendProblem): DecodeResult => ({ ok: false, problem });

/** Decode suspend data written by `encodeSuspend` (at most `limit` characters); anything else is rejected with a problem code. */
export function decodeSuspend(data: unknown, limit = SUSPEND_LIMIT): DecodeResult {
  if (typeof data !== 'string' || data === '') return rejected({ code: 'empty' });
  if (data.length > limit) return rejected({ code: 'too-long', limit });
  const parts = data.split('~');
  const version = /^br(\d{1,4})$/.exec(parts[0] ?? '');
  if (!version) return rejected({ code: 'not-ours' });
  if (Number(version[1]) !== SUSPEND_VERSION) return rejected({ code: 'version', version: Number(version[1]), reads: SUSPEND_VERSION });
  if (parts.length !== 4) return rejected({ code: 'malformed' });
  const [, module = '', hash = '', log = ''] = parts;
  if (!ID.test(module)) return rejected({ code: 'module-id' });
  if (!HASH.test(hash)) return rejected({ code: 'script-hash' });
  const steps: StepToken[] = [];
  for (const t of log === '' ? [] : log.split('.')) {
    if (t === CONTINUE) steps.push({ type: 'continue' });
    else if (ID.test(t)) steps.push({ type: 'choice', choice: t });
    else return rejected({ code: 'step', step: t.slice(0, 40) });
  }
  return { ok: true, state: { module, hash, steps } };
}

/** The tokens of a stored choice log (scenes and times dropped). */
export function tokensOf(steps: readonly Step[]): StepToken[] {
  return steps.map((s) => (s.type === 'choice' ? { type: 'choice', choice: s.choice } : { type: 'continue' }));
}

/** True when two logs take the same steps. */
export function sameTokens(a: readonly StepToken[], b: readonly StepToken[]): boolean {
  return a.length === b.length && isPrefix(a, b);
}

/** True when `prefix` is the start of (or all of) `log`. */
export function isPrefix(prefix: readonly StepToken[], log: readonly StepToken[]): boolean {
  if (prefix.length > log.length) return false;
  return prefix.every((t, i) => {
    const u = log[i]!;
    return t.type === u.type && (t.type === 'continue' || t.choice === (u as { choice: string }).choice);
  });
}
