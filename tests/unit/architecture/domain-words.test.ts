/**
 * Domain code returns codes and data; views choose the words (issue 12, item 6): no TypeScript file
 * or component script under `src` outside the catalogue writes a sentence for a person or formats
 * a date or number without the reader's locale. Components' markup has its own test (`i18n.test.ts`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { domainWords, scriptOf, sentenceLike } from './domain-words';

/** Folders whose words are the point or are English by design, each with why. */
const EXEMPT_FOLDERS: Record<string, string> = {
  'src/i18n/': 'the message catalogue and its formatters: where the words and the locale live',
  'src/script/': 'the compiler: its diagnostics are English by design, for authors of scripts',
  'src/tools/': 'build, bench and content tools run in Node for developers, never in the browser',
};

/** Files allowed to hold English, each with why (keep this tiny). */
const ALLOWED: Record<string, string> = {
  'src/authoring/editor/script-language.ts': 'the script format’s field names ("Goes to:") are syntax authors type, not messages',
  'src/authoring/format-guide.ts': 'the script format’s guide for authors, English by design like the compiler’s diagnostics',
  'src/app/register-sw.ts': 'a Trusted Types policy’s refusal, for developers: it fires only if the app’s own code is wrong',
  'src/storage/memory-tables.ts': 'imitates IndexedDB’s own DOMExceptions (the browser’s English); views word storage failures by their name',
};

/**
 * Files that still word things for people or format without the reader's locale (issue 12 is
 * open until this is empty), with who has them. The list can only shrink: a file on it with
 * nothing left fails the test, so it is taken off.
 */
const NOT_YET_MOVED: Record<string, string> = {
};

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const path = join(dir, n);
    if (statSync(path).isDirectory()) return walk(path);
    return /\.(ts|svelte)$/.test(n) && !n.endsWith('.d.ts') ? [path] : [];
  });

describe('domain code returns codes and data, and views choose the words', () => {
  it('the scanner finds sentences and locale-less formatting, and passes codes, classes, keys, URLs and logs', () => {
    const code = [
      "const a = 'visually-hidden muted';",
      "const b = { 'not-started': 1, kind: 'too-long', url: 'https://example.org/a b' };",
      "if (x === 'too long') console.warn('the worker is not answering');",
      "type T = 'is not a code';",
      "const c = `Your reflection is ${n} characters long.`;",
      "const d = n.toLocaleString('en');",
      'const e = new Intl.NumberFormat(undefined);',
      'const f = new Intl.NumberFormat(readerLocale());',
    ].join('\n');
    expect(domainWords(code).map((w) => `${w.line} ${w.rule}`)).toEqual(['5 sentence', '6 locale', '7 locale']);
    expect(sentenceLike('Fewer than 100 characters left.')).toBe(true);
    expect(sentenceLike('card secondary')).toBe(false);
    const component = "<p>{a}</p>\n<script lang=\"ts\">\n  const s = 'This is not allowed here.';\n</script>\n<p>It is markup.</p>";
    expect(domainWords(scriptOf(component)).map((w) => `${w.line} ${w.text}`)).toEqual(['3 This is not allowed here.']);
  });

  it('no TypeScript or component script words a sentence for a person or formats without the reader’s locale, outside the catalogue', () => {
    const files = walk('src').filter((f) => !Object.keys(EXEMPT_FOLDERS).some((d) => f.startsWith(d)) && !(f in ALLOWED));
    const source = (f: string) => (f.endsWith('.svelte') ? scriptOf(readFileSync(f, 'utf8')) : readFileSync(f, 'utf8'));
    const scanned = files.map((f) => ({ f, words: domainWords(source(f), f) }));
    const stale = Object.keys(NOT_YET_MOVED).filter((f) => !scanned.some((x) => x.f === f && x.words.length));
    expect(stale, 'moved to the catalogue (or gone): take these off NOT_YET_MOVED').toEqual([]);
    const found = scanned.filter((x) => !(x.f in NOT_YET_MOVED)).flatMap((x) => x.words.map((w) => `${x.f}:${w.line}: ${w.rule === 'locale' ? 'formats without readerLocale()' : 'English'}: ${w.text}`));
    expect(found, 'return a code and data, and word it in a view through m.<area> and src/i18n/format.ts').toEqual([]);
  });

  it('every allowed file still exists', () => {
    const all = new Set(walk('src'));
    expect(Object.keys(ALLOWED).filter((f) => !all.has(f))).toEqual([]);
  });
});
