/**
 * Regular-expression denial of service in the script parser (found by tests/unit/security).
 *
 * Found by these tests and fixed: src/script/parse.ts used two line patterns that backtracked
 * quadratically on a line that starts like a speaker or a condition but never closes:
 *   SPEAKER   = /^\*\*([^*()]+?)(?:\s*\((thinks)\))?:\*\*\s*([\s\S]*)$/   on "**" + spaces + "x"
 *   IF_PREFIX = /^\[if\s+([^\]]+)\]\s*([\s\S]*)$/                        on "[if" + spaces + "x"
 * (`[^*()]+?` / `[^\]]+` and `\s*` / `\s+` both match the spaces, so every split is tried.)
 * Measured here: 32 000 characters ≈ 1 s, 64 000 ≈ 6 s; the parser accepts up to
 * MAX_SCRIPT_CHARS = 1 000 000, where one such line would take on the order of 20–30 minutes.
 * compileScript "never throws", but it can hang the build, `content:check`, or any page that
 * compiles a script.
 *
 * The parser now scans these prefixes with indexOf; the two tests keep it linear. The control shows the comparison is fair: two ordinary lines of the same length pass it.
 */
import { describe, expect, it } from 'vitest';
import { compileText, fixture } from '../compile-fixture';

const N = 50_000;
const branching = fixture('branching');
const withLine = (line: string) => branching.replace("**Ben:** Why didn't you refer her?", line);

function timed(source: string): number {
  const t = performance.now();
  const r = compileText(source);
  expect(r.report).toBeDefined();
  return performance.now() - t;
}

/**
 * Compare with an ordinary line of the same length and the same prefix (so the same Markdown
 * work), instead of a fixed time limit: a loaded machine slows both alike. Linear code keeps
 * the ratio near 1; today it is well above 5.
 */
function expectLinear(adversarial: string, ordinary: string) {
  timed(withLine(ordinary)); // warm up
  const base = Math.min(...[0, 1, 2].map(() => timed(withLine(ordinary)))); // least disturbed by load
  const slow = timed(withLine(adversarial));
  expect(slow, `adversarial ${slow.toFixed(0)} ms vs ordinary ${base.toFixed(0)} ms`).toBeLessThan(3 * base + 200);
}

describe('parser time is linear in the length of a line', () => {
  it('control: the comparison passes for two ordinary lines', () => {
    expectLinear(`**Ben:** ${'why '.repeat(N / 4)}`, `**Ben:** ${'who '.repeat(N / 4)}`);
  });

  it(`linear: "**" + ${N} spaces + "x" (SPEAKER backtracks quadratically)`, { timeout: 120_000 }, () => {
    expectLinear(`**${' '.repeat(N)}x`, `**${' x'.repeat(N / 2)}`);
  });

  it(`linear: "[if" + ${N} spaces + "x" (IF_PREFIX backtracks quadratically)`, { timeout: 120_000 }, () => {
    expectLinear(`[if${' '.repeat(N)}x`, `[if${' x'.repeat(N / 2)}`);
  });
});
