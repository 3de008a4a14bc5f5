/**
 * Hostile inputs (issue 15): how long the compiler takes on the inputs at and past its limits, which
 * the security tests check only for what happens (refused with the limit's message, compiled, read
 * as text), never for how long it takes. The inputs are the tests' own generators
 * (tests/unit/security/hostile-scripts.ts).
 *
 * In Node, with what the build uses (`compileScript`, the real vocabulary, the jsdom Markdown
 * renderer `nodeMarkdown`, `contentHash`; no curriculum standards, as for a case file): each input
 * compiled once to warm up, then timed over several runs, yielding to the event loop between
 * compiles (see compile-bench.ts for why). An input whose outcome is not the expected one
 * (compiled or refused) fails the benchmark: its time would not be the time of that work. Then the
 * ReDoS pairs: a line aimed at a parser pattern against an ordinary line of the same length and
 * prefix in the same script, each the fastest of several runs (the least disturbed by other load);
 * their ratio stays near 1 while the parser is linear in the length of a line.
 *
 * The browser half (the longest main-thread task while the app checks these inputs) is in
 * hostile-long-tasks.ts. Two figures have budgets, printed with the tables; a figure over its
 * budget is flagged with a line of its own and never fails the run.
 */
import { compileScript } from '../../script/compile';
import { MAX_SCENES } from '../../script/limits';
import type { Vocabulary } from '../../script/types';
import {
  aliasedAnchor, atTheLimits, atTheLimitsRefused, billionLaughs, branchingWithLine, decisionChain, denseText, LAUGH_SHAPES, redosPairs, sceneChain,
} from '../../../tests/unit/security/hostile-scripts';
import { contentHash, nodeMarkdown } from '../load-content';
import { loadVocabulary } from './compile-bench';
import type { HostileLongTasks } from './hostile-long-tasks';
import { kb, printTable, round, summarise, type Summary } from './stats';

/** The budgets some figures are held to (flagged when over, never failing the run). */
export const BUDGETS = {
  /** Longest main-thread task while the page checks or imports an input at the limits, in ms. */
  mainThreadTaskMs: 200,
  /** Adversarial ÷ ordinary compile time of a ReDoS pair: under this, the parser is linear. */
  linearRatio: 3,
} as const;

/** One hostile input compiled in Node. */
export interface HostileCompile {
  input: string;
  bytes: number;
  /** `compiled`, or `refused: ` and the first error. */
  outcome: string;
  /** Wall-clock ms of the timed runs. */
  ms: Summary;
}

/** One ReDoS pair: the fastest of several runs of each line's compile, and their ratio. */
export interface RedosRatio {
  line: string;
  chars: number;
  /** False for a pattern known to backtrack still (an open finding). */
  fixed: boolean;
  ordinaryMs: number;
  adversarialMs: number;
  /** adversarialMs ÷ ordinaryMs. */
  ratio: number;
}

/** Everything the hostile part measured. */
export interface HostileResults {
  budgets: typeof BUDGETS;
  compile: HostileCompile[];
  redos: RedosRatio[];
  /** Absent when the browser half did not run (`--no-browser`). */
  browser?: HostileLongTasks[];
}

/** An input, and whether it must compile (true) or be refused (false). */
type Input = [name: string, source: () => string, compiles: boolean];

/** The inputs at and past the limits, as the security tests hand them to the compiler. */
export function hostileInputs(): Input[] {
  return [
    ['11,500-scene chain', () => sceneChain(11_500), false],
    [`chain at the scene limit (${MAX_SCENES - 1} scenes and the ending)`, () => sceneChain(MAX_SCENES - 1), true],
    ['400 KB anchor aliased 99 times', () => aliasedAnchor(400, 99), false],
    ...LAUGH_SHAPES.map((shape): Input => [`billion laughs (${shape})`, () => billionLaughs(shape), false]),
    ['490 KB at the scene, choice and line limits', atTheLimits, true],
    ['490 KB at the limits, one problem near its end', atTheLimitsRefused, false],
    ['dense emphasis: 20 lines × 499 emphases', () => denseText(), true],
    ['25 decisions: past the explorer\'s budget', () => decisionChain(25), false],
  ];
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Compile as the build does, without the curriculum's standards; wall-clock ms and the outcome. */
function compileTimed(source: string, vocabulary: Vocabulary): { ms: number; outcome: string } {
  const hash = contentHash(source);
  const t = performance.now();
  const { script, report } = compileScript(source, 'hostile.md', { vocabulary, markdown: nodeMarkdown(), hash });
  const ms = performance.now() - t;
  const error = report.diagnostics.find((d) => d.severity === 'error');
  return { ms, outcome: script ? 'compiled' : `refused: ${error ? `${error.line}: ${error.message}` : '(no error?)'}` };
}

/** Fastest of `runs` compiles (after one to warm up). */
async function fastest(source: string, vocabulary: Vocabulary, runs: number): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r <= runs; r++) {
    const { ms } = compileTimed(source, vocabulary);
    if (r) times.push(ms);
    await yieldToLoop();
  }
  return Math.min(...times);
}

/** Run the Node half: the inputs' compile times and the ReDoS ratios. */
export async function runHostileBench(root: string, opts: { runs: number; log: (s: string) => void }): Promise<HostileResults> {
  const vocabulary = loadVocabulary(root);
  const compile: HostileCompile[] = [];
  for (const [input, make, compiles] of hostileInputs()) {
    const source = make();
    const warm = compileTimed(source, vocabulary);
    if ((warm.outcome === 'compiled') !== compiles) throw new Error(`hostile input "${input}": ${warm.outcome} (expected it to be ${compiles ? 'compiled' : 'refused'})`);
    await yieldToLoop();
    const times: number[] = [];
    for (let r = 0; r < opts.runs; r++) {
      times.push(compileTimed(source, vocabulary).ms);
      await yieldToLoop();
    }
    compile.push({ input, bytes: Buffer.byteLength(source), outcome: warm.outcome.length > 70 ? `${warm.outcome.slice(0, 69)}…` : warm.outcome, ms: summarise(times.map((x) => round(x))) });
    opts.log(`hostile: ${input}: ${round(Math.min(...times), 0)} ms (fastest of ${opts.runs})`);
  }
  const redos: RedosRatio[] = [];
  for (const pair of redosPairs()) {
    const ordinaryMs = await fastest(branchingWithLine(pair.ordinary), vocabulary, opts.runs);
    const adversarialMs = await fastest(branchingWithLine(pair.adversarial), vocabulary, opts.runs);
    redos.push({ line: pair.name, chars: pair.adversarial.length, fixed: pair.fixed, ordinaryMs: round(ordinaryMs), adversarialMs: round(adversarialMs), ratio: round(adversarialMs / ordinaryMs) });
    opts.log(`hostile: ReDoS ${pair.name}: ${round(adversarialMs / ordinaryMs)}×`);
  }
  return { budgets: BUDGETS, compile, redos };
}

/** Print the hostile part's tables, its budgets, and a line for every figure over its budget. */
export function printHostile(h: HostileResults): void {
  printTable(
    'Hostile inputs: compile in Node (nodeMarkdown, no curriculum standards; ms over runs after a warm-up)',
    ['input', 'size', 'outcome', 'runs', 'median', 'min', 'max'],
    h.compile.map((c) => [c.input, kb(c.bytes), c.outcome, c.ms.n, c.ms.median, c.ms.min, c.ms.max]),
  );
  printTable(
    `Hostile inputs: ReDoS pairs, a line aimed at a parser pattern vs an ordinary line of the same length (fastest run, ms; budget: ratio under ${h.budgets.linearRatio})`,
    ['line', 'chars', 'pattern', 'ordinary', 'adversarial', 'ratio'],
    h.redos.map((r) => [r.line, r.chars, r.fixed ? 'fixed' : 'open finding', r.ordinaryMs, r.adversarialMs, r.ratio]),
  );
  if (h.browser)
    printTable(
      `Hostile inputs: longest main-thread task in the production build (ms over runs, each in a fresh profile after one small import; budget: under ${h.budgets.mainThreadTaskMs} ms)`,
      ['input', 'size', 'runs', 'paste median', 'paste max', 'check median', 'check max', 'library median', 'library max'],
      h.browser.map((b) => [b.input, kb(b.bytes), b.runs, b.pasteMs.median, b.pasteMs.max, b.checkMs.median, b.checkMs.max, b.libraryMs.median, b.libraryMs.max]),
    );
  console.log(`budgets: a main-thread task under ${h.budgets.mainThreadTaskMs} ms while the page handles an input at the limits; a ReDoS ratio under ${h.budgets.linearRatio} (linear)`);
  const over = overBudget(h);
  for (const line of over) console.log(`OVER BUDGET: ${line}`);
  if (!over.length) console.log('every hostile figure is within its budget');
}

/** One line for every figure over its budget. */
export function overBudget(h: HostileResults): string[] {
  const out: string[] = [];
  for (const r of h.redos)
    if (r.ratio >= h.budgets.linearRatio) out.push(`ReDoS ${r.line}: ${r.ratio}× the ordinary line's time (budget: under ${h.budgets.linearRatio}×)${r.fixed ? '' : ', an open finding'}`);
  for (const b of h.browser ?? [])
    for (const [where, s] of [['pasted into the authoring screen', b.pasteMs], ['checked on the authoring screen', b.checkMs], ['imported in the library', b.libraryMs]] as const)
      if (s.max >= h.budgets.mainThreadTaskMs) out.push(`${b.input} ${where}: a main-thread task of ${s.max} ms (budget: under ${h.budgets.mainThreadTaskMs} ms)`);
  return out;
}
