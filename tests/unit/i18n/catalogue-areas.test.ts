/**
 * The catalogue in areas: `m.<area>` is a module namespace over one module per area, so a screen's
 * words travel with that screen's code. These tests hold the parts that make that true: every
 * English area is reachable through `m`, the reader's language is chosen among those the catalogue
 * has, and no file uses `m` other than as `m.<area>…` (which would bring every area along).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../src/i18n/en';
import { m } from '../../../src/i18n/messages';

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : /\.(ts|svelte)$/.test(n) ? [join(dir, n)] : []));

/** Uses of a name as a value rather than as `name.<area>`: indexed, spread, passed or assigned. */
const wholeUses = (code: string, name: string): string[] => {
  const n = name.replace(/\$/g, '\\$');
  const shapes = [`\\b${n}\\[`, `\\.\\.\\.${n}\\b`, `[(,]\\s*${n}\\s*\\)(?!\\s*=>)`, `[(]\\s*${n}\\s*,`, `=\\s*${n}\\s*[;\\n]`, `\\{\\s*${n}\\s*\\}`];
  return code
    .split('\n')
    .filter((line) => !/^\s*import\b/.test(line))
    .filter((line) => shapes.some((s) => new RegExp(s).test(line)));
};

describe('the catalogue in areas', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('every English area is reachable through m, as it is', () => {
    const areas = m as unknown as Record<string, unknown>;
    expect(Object.keys(areas).sort()).toEqual(Object.keys(en).sort());
    for (const [area, words] of Object.entries(en)) expect(areas[area], area).toBe(words);
  });

  it('gives a reader whose languages the catalogue lacks English, with its dates and numbers', async () => {
    vi.stubGlobal('navigator', { languages: ['de-DE', 'fr'], language: 'de-DE' });
    const { readerLanguage, readerLocale, pick } = await import('../../../src/i18n/language');
    expect(readerLanguage()).toBe('en');
    expect(readerLocale()).toBe('en-GB');
    expect(pick({ en: 'English', de: 'Deutsch' })).toBe('English');
  });

  it('no file uses m other than as m.<area>', () => {
    const found = walk('src').flatMap((f) => {
      const code = readFileSync(f, 'utf8');
      const imported = /import\s*\{\s*m(?:\s+as\s+([\w$]+))?\s*\}\s*from\s*'[./]*(?:\/?i18n)?\/messages'/.exec(code);
      return imported ? wholeUses(code, imported[1] ?? 'm').map((line) => `${f}: ${line.trim()}`) : [];
    });
    expect(wholeUses('f(m);\nconst a = m[k];\ng({ ...m });\nh(m, 1);\nconst b = m;\n', 'm')).toHaveLength(5);
    expect(wholeUses('xs.map((m) => m.id);\n<p>{m.home.title}</p>\n', 'm')).toEqual([]);
    expect(found).toEqual([]);
  });
});
