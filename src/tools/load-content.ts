/**
 * Node side of the content pipeline: reads `content/vocabulary.yaml`, `content/style.yaml`, the
 * people registry (`content/people/*.yaml`, which may be missing or empty) and every
 * `content/sessions/*.md`, compiles each as part of the curriculum with a jsdom-backed Markdown
 * renderer and a SHA-256 content hash, and adds the checks that need the whole catalogue (module
 * ids, `related` ids, shared patients and props). Shared by the Vite plugin (build) and
 * `content:check` (CLI) so both report the same diagnostics.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { JSDOM } from 'jsdom';
import { checkCatalogue } from '../script/catalogue';
import { compileScript, type ScriptReport } from '../script/compile';
import { createMarkdown } from '../script/markdown';
import { parsePeople, type Person } from '../script/people';
import { parseStyle, type StyleGuide } from '../script/style';
import { parseVocabulary } from '../script/vocabulary';
import { hashInput, HASH_HEX_LENGTH } from '../script/hash-input';
import type { Diagnostic, Script, Vocabulary } from '../script/types';

/** Everything the content pipeline produced. */
export interface ContentBuild {
  /** Compiled scripts (only those without errors), in catalogue order. */
  scripts: Script[];
  /** One report per script file. */
  reports: ScriptReport[];
  /** The vocabulary. */
  vocabulary: Vocabulary;
  /** The people registry. */
  people: ReadonlyMap<string, Person>;
  /** The phrase list. */
  style: StyleGuide;
  /** Every content file besides the scripts that the build depends on (vocabulary, style, people). */
  sources: string[];
  /** Diagnostics not tied to one script (vocabulary, style, people). */
  diagnostics: Diagnostic[];
}

/** Content hash of a script source: SHA-256 over the compiled format version and the text. */
export function contentHash(source: string): string {
  return createHash('sha256').update(hashInput(source)).digest('hex').slice(0, HASH_HEX_LENGTH);
}

let sharedMarkdown: ReturnType<typeof createMarkdown> | undefined;
/** A Markdown renderer on a jsdom window (created once). */
export function nodeMarkdown() {
  sharedMarkdown ??= createMarkdown(new JSDOM('').window as unknown as Window & typeof globalThis);
  return sharedMarkdown;
}

/** The `.yaml` files of a folder, sorted; none when the folder does not exist. */
function yamlFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(dir, f)) : [];
}

/** Compile the whole content folder. */
export function loadContent(root: string): ContentBuild {
  const contentDir = join(root, 'content');
  const rel = (p: string) => relative(root, p).split('\\').join('/');
  const vocabFile = join(contentDir, 'vocabulary.yaml');
  const styleFile = join(contentDir, 'style.yaml');
  const peopleFiles = yamlFiles(join(contentDir, 'people'));
  const { vocabulary, diagnostics } = parseVocabulary(readFileSync(vocabFile, 'utf8'), rel(vocabFile));
  const styled = existsSync(styleFile) ? parseStyle(readFileSync(styleFile, 'utf8'), rel(styleFile)) : undefined;
  if (!styled) diagnostics.push({ severity: 'error', file: rel(styleFile), line: 1, message: 'the phrase list content/style.yaml is missing' });
  diagnostics.push(...(styled?.diagnostics ?? []));
  const style = styled?.style ?? { phrases: [] };
  const registry = parsePeople(peopleFiles.map((f) => ({ file: rel(f), text: readFileSync(f, 'utf8') })));
  diagnostics.push(...registry.diagnostics);
  const people = registry.people;

  const dir = join(contentDir, 'sessions');
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  const scripts: Script[] = [];
  const reports: ScriptReport[] = [];
  for (const f of files) {
    const path = join(dir, f);
    const source = readFileSync(path, 'utf8');
    // A fresh DOM per script, closed afterwards: jsdom keeps DOMPurify's node iterators alive
    // until the DOM goes away, so one shared window grows by megabytes per script.
    const dom = new JSDOM('');
    const markdown = createMarkdown(dom.window as unknown as Window & typeof globalThis);
    const { script, report } = compileScript(source, rel(path), { vocabulary, markdown, hash: contentHash(source), curriculum: true, people, style });
    dom.window.close();
    reports.push(report);
    if (script) scripts.push(script);
  }
  checkCatalogue(reports);
  const failed = new Set(reports.filter((r) => r.diagnostics.some((d) => d.severity === 'error')).map((r) => r.file));
  const trackOrder = { foundations: 0, member: 1, leader: 2 } as const;
  return {
    scripts: scripts.filter((s) => !failed.has(s.file)).sort((a, b) => trackOrder[a.track] - trackOrder[b.track] || a.order - b.order || a.id.localeCompare(b.id)),
    reports,
    vocabulary,
    people,
    style,
    sources: [vocabFile, styleFile, ...peopleFiles],
    diagnostics,
  };
}

/** All diagnostics of a build, formatted `file:line: message`. */
export function formatDiagnostics(build: ContentBuild, severity: 'error' | 'warning' = 'error'): string[] {
  return [...build.diagnostics, ...build.reports.flatMap((r) => r.diagnostics)]
    .filter((d) => d.severity === severity)
    .map((d) => `${d.file}:${d.line}: ${d.message}`);
}
