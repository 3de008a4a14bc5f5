/**
 * The built-in content: every script in content/sessions compiles cleanly under the curriculum
 * standards, every ending can be reached, no path gets stuck, and the annotated example in
 * content/README.md is itself a valid script.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exploreScript } from '../../../src/script/explore';
import { formatDiagnostics, loadContent } from '../../../src/tools/load-content';
import { compileText } from '../compile-fixture';

const build = loadContent(process.cwd());
let explored: { script: (typeof build.scripts)[number]; exploration: ReturnType<typeof exploreScript> }[] | undefined;
/** Every built-in script with its exploration, computed once. */
const explorations = () => (explored ??= build.scripts.map((script) => ({ script, exploration: exploreScript(script) })));

describe('built-in content', () => {
  it('compiles every script in content/sessions with zero diagnostics', { timeout: 60_000 }, () => {
    expect(build.reports.length).toBeGreaterThan(0);
    expect(formatDiagnostics(build, 'error')).toEqual([]);
    expect(formatDiagnostics(build, 'warning')).toEqual([]);
    expect(build.scripts.map((s) => s.file)).toEqual(expect.arrayContaining(build.reports.map((r) => r.file)));
    expect(build.scripts).toHaveLength(build.reports.length);
  });

  it('offers at least 16 modules', { timeout: 60_000 }, () => {
    expect(build.scripts.length).toBeGreaterThanOrEqual(16);
  });

  it('reaches every ending of every script', { timeout: 60_000 }, () => {
    const unreached = explorations().flatMap(({ script: s, exploration }) =>
      s.scenes.filter((sc) => sc.ending && !exploration.endingsReached.has(sc.id)).map((sc) => `${s.file}:${sc.line}: ${sc.id}`),
    );
    expect(unreached).toEqual([]);
  });

  it('has no dead ends in any script', { timeout: 60_000 }, () => {
    const stuck = explorations().flatMap(({ script: s, exploration }) => exploration.deadEnds.map((d) => `${s.file}: ${d.scene}: ${d.reason}`));
    expect(stuck).toEqual([]);
  });
});

describe('content/README.md', () => {
  it('has an annotated example that compiles with zero diagnostics', { timeout: 60_000 }, () => {
    const readme = readFileSync(resolve(process.cwd(), 'content/README.md'), 'utf8');
    const example = /^````markdown\n([\s\S]*?)^````$/m.exec(readme)?.[1];
    expect(example, 'the ````markdown block').toBeDefined();
    const result = compileText(example!, 'content/README.md');
    expect(result.report.diagnostics.map((d) => `${d.line}: ${d.message}`)).toEqual([]);
    expect(result.script?.id).toBe('example-the-late-patient');
  });
});
