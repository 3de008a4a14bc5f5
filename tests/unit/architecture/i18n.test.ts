/**
 * A seam for languages (issue 12): every word a component shows comes from the message catalogue
 * (`src/i18n`), never from text written into its markup.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hardCodedText } from './hard-coded-text';

/**
 * Components still to move to the catalogue (issue 12 is open until this list is empty). The list
 * can only shrink: a file on it that has no hard-coded text left fails the test, so it is taken off.
 */
const NOT_YET_MOVED = new Set<string>([
]);

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : n.endsWith('.svelte') ? [join(dir, n)] : []));

describe('messages come from the catalogue', () => {
  it('the scanner finds text between tags and in read attributes, and passes expressions', () => {
    expect(hardCodedText('<p>Hello there</p><button aria-label="Close it">{m.x}</button>')).toEqual(['aria-label="Close it"', 'Hello there']);
    expect(hardCodedText('<script>const a = "<p>Not markup</p>";</script><p>{m.home.title}</p><input type="text" />')).toEqual([]);
  });

  it('no component has user-facing text written into its markup', () => {
    const scanned = walk('src').map((f) => ({ f, text: hardCodedText(readFileSync(f, 'utf8')) }));
    const stale = scanned.filter((x) => NOT_YET_MOVED.has(x.f) && !x.text.length).map((x) => x.f);
    expect(stale, 'moved to the catalogue: take these off NOT_YET_MOVED').toEqual([]);
    const found = scanned
      .filter((x) => x.text.length && !NOT_YET_MOVED.has(x.f))
      .map((x) => `${x.f}: ${x.text.slice(0, 3).join(' | ')}${x.text.length > 3 ? ` (+${x.text.length - 3} more)` : ''}`);
    expect(found).toEqual([]);
  });
});
