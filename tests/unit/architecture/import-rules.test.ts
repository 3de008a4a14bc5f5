/**
 * The architecture's rules, checked on the source itself (issue 12): each test reads the imports of
 * every file under `src` and fails naming the file and the import that breaks a rule. Type-only
 * imports are ignored (they vanish at build time); dynamic `import()` counts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const src = join(root, 'src');

/** Every .ts and .svelte file under src, as paths relative to the project root. */
function sourceFiles(dir = src): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(name) && !name.endsWith('.d.ts') ? [relative(root, path)] : [];
  });
}

/** One import of a file: the specifier, and whether it is dynamic. */
interface Import {
  /** As written. */
  spec: string;
  /** Resolved to a project path without extension (relative specifiers), else the package name. */
  target: string;
  /** `import()` rather than a static import. */
  dynamic: boolean;
}

const STATIC = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\bfrom\s*)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): Import[] {
  const text = readFileSync(join(root, file), 'utf8');
  const code = file.endsWith('.svelte') ? [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n') : text;
  const resolve = (spec: string) => (spec.startsWith('.') ? normalize(join(dirname(file), spec)).replace(/\.(ts|js|svelte)$/, '') : spec);
  const out: Import[] = [];
  for (const m of code.matchAll(STATIC)) out.push({ spec: m[1]!, target: resolve(m[1]!), dynamic: false });
  for (const m of code.matchAll(DYNAMIC)) out.push({ spec: m[1]!, target: resolve(m[1]!), dynamic: true });
  return out;
}

const files = sourceFiles();
const graph = new Map(files.map((f) => [f.replace(/\.(ts|svelte)$/, ''), { file: f, imports: importsOf(f) }]));
const under = (path: string, ...folders: string[]) => folders.some((d) => path === d || path.startsWith(`${d}/`));
const breaches = (rule: (file: string, imp: Import) => boolean) =>
  files.flatMap((f) => importsOf(f).filter((i) => rule(f, i)).map((i) => `${f} imports ${i.spec}`));

/** The compiler: the parser, validator, builder and authoring standards. The runtime plays compiled scripts only. */
const COMPILER = /^src\/script\/(parse|parse-[a-z-]+|compile|build|validate|validate-[a-z-]+|raw-script|yaml-[a-z-]+|condition-parser|explore|standards|standards-[a-z-]+|style|cast|people|catalogue|script-report|text-limits|limits)$/;
/** Code a learner's session runs (everything except the compiler, the authoring screen and build tools). */
const RUNTIME = ['src/session', 'src/machine', 'src/storage', 'src/files', 'src/app', 'src/catalog', 'src/lms', 'src/assignments', 'src/instructor', 'src/ui', 'src/views', 'src/main.ts', 'src/App.svelte'];
/** Instructor-only code; learner code never imports it (the router shell loads the instructor screen lazily). */
const INSTRUCTOR = ['src/instructor', 'src/views/instructor'];

describe('architecture rules', () => {
  it('src/script imports nothing from src outside itself', () => {
    expect(breaches((f, i) => under(f, 'src/script') && i.target.startsWith('src/') && !under(i.target, 'src/script'))).toEqual([]);
  });

  it('only src/storage imports Dexie', () => {
    expect(breaches((f, i) => /^dexie(\/|$)/.test(i.spec) && !under(f, 'src/storage'))).toEqual([]);
  });

  it('learner code never imports instructor-only code', () => {
    const shellRoute = (f: string, i: Import) => f === 'src/App.svelte' && i.dynamic;
    expect(breaches((f, i) => !under(f, ...INSTRUCTOR, 'src/tools') && under(i.target, ...INSTRUCTOR) && !shellRoute(f, i))).toEqual([]);
  });

  it('the runtime never imports the compiler, and nothing imports ink', () => {
    const runtime = (f: string) => under(f, ...RUNTIME) && !under(f, 'src/views/authoring');
    expect(breaches((f, i) => runtime(f) && COMPILER.test(i.target))).toEqual([]);
    expect(breaches((_, i) => /^(ink|inkjs)(\/|$)/.test(i.spec))).toEqual([]);
  });

  it('only build tools import Node modules (the browser bundle has no Node types: src/tools/tsconfig.json)', () => {
    expect(breaches((f, i) => !under(f, 'src/tools') && /^node:/.test(i.spec))).toEqual([]);
  });

  it('the app entry never reaches the compiler through static imports', () => {
    const seen = new Set<string>();
    const reached: string[] = [];
    const walk = (id: string, via: string) => {
      if (seen.has(id)) return;
      seen.add(id);
      if (COMPILER.test(id)) reached.push(`${via} reaches ${id}`);
      for (const i of graph.get(id)?.imports ?? []) if (!i.dynamic && i.target.startsWith('src/')) walk(i.target, id);
    };
    walk('src/main', 'src/main.ts');
    // The walk must have followed the shell into the app (else it proves nothing).
    expect(seen.has('src/App') && seen.has('src/catalog/catalog')).toBe(true);
    expect(reached).toEqual([]);
  });

  it('no source file passes 300 lines', () => {
    // Files allowed past 300 lines while they are being split (none now: the session bridge became
    // the player machine, issue 12). An entry that is short enough fails the test and must go.
    const known = new Set<string>([]);
    const length = (f: string) => readFileSync(join(root, f), 'utf8').split('\n').length;
    expect([...known].filter((f) => files.includes(f) && length(f) <= 300), 'now short enough: remove from known').toEqual([]);
    const long = files.filter((f) => length(f) > 300 && !known.has(f));
    expect(long).toEqual([]);
  });
});
