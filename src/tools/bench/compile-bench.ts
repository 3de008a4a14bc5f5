/**
 * Compile-and-validate timing, in Node, with exactly what the build uses: `compileScript` with the
 * real vocabulary, the jsdom Markdown renderer (`nodeMarkdown`) and `contentHash`; built-in scripts
 * with the curriculum's standards (registry and phrase list), generated case files with the format's. Built-in scripts are timed one by one (median of several runs after a warm-up run);
 * generated scripts in batches of 10, 100 and 1,000 (sources generated before the clock starts),
 * so the per-script figures show whether compile time stays linear as a catalogue grows. A
 * generated script that fails to compile is a generator bug and fails the benchmark, because its
 * time would not be the time of a real compile.
 *
 * The loop yields to the event loop after every compile. DOMPurify walks each fragment with a
 * jsdom NodeIterator, and jsdom tracks iterators in a set of WeakRefs; a WeakRef keeps its target
 * alive until the current job ends, so in one long synchronous loop nothing is freed (about
 * 3.4 MB per generated script, out of memory before 1,000). `loadContent` has the same shape but
 * compiles only a catalogue's worth of scripts. Batch totals include the yields and the garbage
 * collection they allow, which is what compiling that many scripts really costs. CPU time (this
 * process, all threads) is reported next to wall time because a busy machine stretches the latter.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileScript, type ScriptReport } from '../../script/compile';
import { parseVocabulary } from '../../script/vocabulary';
import type { Vocabulary } from '../../script/types';
import { contentHash, nodeMarkdown } from '../load-content';
import { generateScript } from './generate-script';
import { loadPeople } from './inline-cast';
import { parseStyle, type StyleGuide } from '../../script/style';
import type { Person } from '../../script/people';
import { median, round, summarise, type Summary } from './stats';

/** Timing of one built-in script: wall-clock ms and this process's CPU ms (user + system). */
export interface BuiltInTiming { file: string; id: string; scenes: number; paths: number; runs: number; ms: Summary; cpuMs: Summary }

/** Timing of one batch of generated scripts (medians over runs). */
export interface BatchTiming { scripts: number; runs: number; totalMs: number; perScriptMs: number; cpuPerScriptMs: number; scenes: number; paths: number }

/** Everything the compile benchmark measured. */
export interface CompileResults {
  builtIn: BuiltInTiming[];
  builtInTotalMedianMs: number;
  generated: BatchTiming[];
  /** Per-script time at 1,000 scripts divided by per-script time at 10 (≈1 means linear). */
  linearityRatio: number;
  /** The same ratio on CPU time, which other load on the machine disturbs less. */
  cpuLinearityRatio: number;
}

/** What a built-in script is compiled with besides the vocabulary: the curriculum's registry and phrase list. */
type Curriculum = { people: ReadonlyMap<string, Person>; style: StyleGuide };

/** Compile one source (a built-in module with `curriculum`, a generated case file without); throws with the first diagnostics when it has errors. */
function compileOnce(source: string, file: string, vocabulary: Vocabulary, curriculum?: Curriculum) {
  const { script, report } = compileScript(source, file, { vocabulary, markdown: nodeMarkdown(), hash: contentHash(source), curriculum: !!curriculum, ...curriculum });
  if (!script) {
    const errors = report.diagnostics.filter((d) => d.severity === 'error').slice(0, 5).map((d) => `${d.file}:${d.line}: ${d.message}`);
    throw new Error(`${file} did not compile:\n  ${errors.join('\n  ')}`);
  }
  return report;
}

/** Load the real vocabulary. */
export function loadVocabulary(root: string): Vocabulary {
  const file = join(root, 'content', 'vocabulary.yaml');
  const { vocabulary, diagnostics } = parseVocabulary(readFileSync(file, 'utf8'), 'content/vocabulary.yaml');
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(`content/vocabulary.yaml has errors: ${errors.map((d) => `${d.line}: ${d.message}`).join('; ')}`);
  return vocabulary;
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Start a stopwatch; calling the result gives wall and CPU (this process) milliseconds since. */
function stopwatch() {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const d = process.cpuUsage(cpu);
    return { ms: performance.now() - wall, cpuMs: (d.user + d.system) / 1000 };
  };
}

/** Run the compile benchmark. `runs` is the number of timed runs per built-in script. */
export async function runCompileBench(root: string, opts: { runs: number; batches: number[]; log: (s: string) => void }): Promise<CompileResults> {
  const vocabulary = loadVocabulary(root);
  const dir = join(root, 'content', 'sessions');
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  if (!files.length) throw new Error('no scripts in content/sessions');

  const sources = files.map((f) => ({ file: `content/sessions/${f}`, source: readFileSync(join(dir, f), 'utf8') }));
  const curriculum: Curriculum = { people: loadPeople(root), style: parseStyle(readFileSync(join(root, 'content', 'style.yaml'), 'utf8'), 'content/style.yaml').style };
  const reports: ScriptReport[] = [];
  for (const { file, source } of sources) {
    reports.push(compileOnce(source, file, vocabulary, curriculum)); // warm-up: JIT, jsdom, caches
    await yieldToLoop();
  }
  const samples: number[][] = sources.map(() => []);
  const cpuSamples: number[][] = sources.map(() => []);
  const totals: number[] = [];
  for (let run = 0; run < opts.runs; run++) {
    let total = 0;
    for (const [i, { file, source }] of sources.entries()) {
      const stop = stopwatch();
      compileOnce(source, file, vocabulary, curriculum);
      const { ms, cpuMs } = stop();
      samples[i]!.push(ms);
      cpuSamples[i]!.push(cpuMs);
      total += ms;
      await yieldToLoop();
    }
    totals.push(total);
  }
  const builtIn: BuiltInTiming[] = sources.map(({ file }, i) => ({
    file,
    id: reports[i]!.id,
    scenes: reports[i]!.scenes,
    paths: reports[i]!.paths,
    runs: opts.runs,
    ms: summarise(samples[i]!),
    cpuMs: summarise(cpuSamples[i]!),
  }));
  opts.log(`compiled ${files.length} built-in scripts × ${opts.runs} runs`);

  const generated: BatchTiming[] = [];
  // Warm the generated shape once so the first (smallest) batch is not charged for it.
  for (let seed = 1_000_001; seed <= 1_000_005; seed++) {
    const g = generateScript(seed, vocabulary);
    compileOnce(g.source, g.file, vocabulary);
    await yieldToLoop();
  }
  for (const n of opts.batches) {
    const scripts = Array.from({ length: n }, (_, i) => generateScript(i + 1, vocabulary));
    const runs = n <= 10 ? 5 : 1;
    const times: number[] = [];
    const cpuTimes: number[] = [];
    let scenes = 0;
    let paths = 0;
    for (let run = 0; run < runs; run++) {
      scenes = 0;
      paths = 0;
      const stop = stopwatch();
      for (const g of scripts) {
        const report = compileOnce(g.source, g.file, vocabulary);
        scenes += report.scenes;
        paths += report.paths;
        await yieldToLoop();
      }
      const t = stop();
      times.push(t.ms);
      cpuTimes.push(t.cpuMs);
    }
    const totalMs = median(times);
    generated.push({ scripts: n, runs, totalMs: round(totalMs), perScriptMs: round(totalMs / n, 3), cpuPerScriptMs: round(median(cpuTimes) / n, 3), scenes, paths });
    opts.log(`compiled ${n} generated scripts (${runs} run${runs > 1 ? 's' : ''}): ${round(totalMs / n, 1)} ms per script`);
  }
  const first = generated[0];
  const last = generated[generated.length - 1];
  return {
    builtIn,
    builtInTotalMedianMs: round(median(totals)),
    generated,
    linearityRatio: first && last ? round(last.perScriptMs / first.perScriptMs, 3) : NaN,
    cpuLinearityRatio: first && last ? round(last.cpuPerScriptMs / first.cpuPerScriptMs, 3) : NaN,
  };
}
