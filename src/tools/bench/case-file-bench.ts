/**
 * Case files in the production build: how long importing one takes, and how long a case-file
 * module takes to open compared with the same content built in.
 *
 * Import: in #/library, once the page is settled, pick the file in "Case files (.md)" and time the
 * `change` event → the polite status "“…” (file) was added to your case library." Two files: the
 * small test fixture and the largest built-in session with its `id:` changed (a built-in id is
 * refused), so the size of the script shows in the figure. Every run is a fresh profile, so the
 * figure includes fetching the lazily loaded compiler, as on a learner's first import.
 *
 * Open: in the profile that just imported the large file, a full navigation to
 * #/module/<case-file id> (the script is compiled from its stored source on every open) and to
 * #/module/<built-in id> (compiled at build time), alternately, timed from navigation start to
 * the intro's `h1` in the DOM. Both are opened in a profile with data and a warm HTTP cache, so
 * they take the same path through the app and differ only in where the script comes from.
 */
import { readFileSync } from 'node:fs';
import { inlineCast, loadPeople } from './inline-cast';
import type { Page } from '@playwright/test';
import { inFreshProfile, type RunTarget } from './fresh-profile';
import { round, summarise, type Summary } from './stats';
import { arm, headingShownAt, outcome } from './ui-probe';

/** One file's import figures. */
export interface CaseFileImport {
  /** Where the case file came from (and what was changed). */
  source: string;
  fileName: string;
  bytes: number;
  /** Pick (`change`) → "was added" status in the DOM. */
  pickToAddedMs: Summary;
}

/** Opening one module by full navigation. */
export interface ModuleOpen {
  module: string;
  kind: 'case file' | 'built-in';
  /** Navigation start → intro `h1` in the DOM. */
  navToIntroMs: Summary;
}

/** Everything measured for case files. */
export interface CaseFileResults { runs: number; imports: CaseFileImport[]; opens: ModuleOpen[] }

interface CaseFile { source: string; fileName: string; text: string; id: string; title: string }

const SMALL = 'tests/fixtures/branching.md';
const LARGE = 'content/sessions/l01-advice-and-interrogation.md';
const frontMatter = (text: string, key: string) => /^---\n[\s\S]*?\n---/.exec(text)?.[0].match(new RegExp(`^${key}:\\s*(.+)$`, 'm'))?.[1]?.trim();

function caseFile(root: string, path: string, newId?: string): CaseFile {
  let text = inlineCast(readFileSync(`${root}/${path}`, 'utf8'), loadPeople(root));
  const oldId = frontMatter(text, 'id');
  const title = frontMatter(text, 'title');
  if (!oldId || !title) throw new Error(`${path}: no id or title in the front matter`);
  if (newId) text = text.replace(/^id:.*$/m, `id: ${newId}`);
  const id = newId ?? oldId;
  return { source: newId ? `${path} (id → ${newId})` : path, fileName: `${id}.md`, text, id, title };
}

/** Open #/library and wait until its list has loaded (so storage is open and the page is idle). */
async function openLibrary(page: Page) {
  await page.goto('/#/library');
  await page.getByRole('heading', { level: 1, name: 'Case library' }).waitFor();
  await page.getByText('There are no case files on this device yet.').waitFor();
  await page.waitForLoadState('networkidle');
}

/** Pick the file; ms from the pick to the "was added" status. */
async function timedImport(page: Page, f: CaseFile): Promise<number> {
  await arm(page, { event: 'change', selector: '[role="status"]', pattern: 'was added to your case library\\.$' });
  await page.getByLabel('Case files (.md)').setInputFiles({ name: f.fileName, mimeType: 'text/markdown', buffer: Buffer.from(f.text) });
  const t = await outcome(page, `import ${f.fileName}`);
  const expected = `“${f.title}” (${f.fileName}) was added to your case library.`;
  if (t.text !== expected) throw new Error(`import ${f.fileName}: status "${t.text}", expected "${expected}"`);
  return t.tText - t.tEvent;
}

/** Full navigation to a module; ms from navigation start to its intro heading. */
async function timedOpen(page: Page, id: string, title: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(`/#/module/${id}`);
  const at = await headingShownAt(page, title);
  await page.getByRole('button', { name: 'Begin', exact: true }).waitFor();
  return at;
}

/** Run the case-file benchmark. */
export async function runCaseFileBench(root: string, opts: RunTarget & { runs: number; log: (s: string) => void }): Promise<CaseFileResults> {
  const small = caseFile(root, SMALL);
  const large = caseFile(root, LARGE, 'bench-advice-and-interrogation');
  const builtIn = caseFile(root, LARGE);
  const times = new Map<string, number[]>([[small.fileName, []], [large.fileName, []], ['open:case', []], ['open:built-in', []]]);
  for (let r = 0; r < opts.runs; r++) {
    for (const f of [small, large]) {
      await inFreshProfile(opts, async (page) => {
        await openLibrary(page);
        times.get(f.fileName)!.push(await timedImport(page, f));
        if (f !== large) return;
        // Alternate the order so neither is always the one opened first.
        const order = r % 2 ? ['built-in', 'case', 'built-in', 'case'] : ['case', 'built-in', 'case', 'built-in'];
        for (const kind of order) {
          const ms = await timedOpen(page, kind === 'case' ? large.id : builtIn.id, large.title);
          times.get(`open:${kind}`)!.push(ms);
        }
      });
    }
    opts.log(`case files: run ${r + 1}/${opts.runs} done`);
  }
  const s = (k: string) => summarise(times.get(k)!.map((x) => round(x)));
  return {
    runs: opts.runs,
    imports: [small, large].map((f) => ({ source: f.source, fileName: f.fileName, bytes: Buffer.byteLength(f.text), pickToAddedMs: s(f.fileName) })),
    opens: [
      { module: large.id, kind: 'case file', navToIntroMs: s('open:case') },
      { module: builtIn.id, kind: 'built-in', navToIntroMs: s('open:built-in') },
    ],
  };
}
