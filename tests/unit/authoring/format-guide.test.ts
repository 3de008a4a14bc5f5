/**
 * The format guide inside the app is the format part of content/README.md, as plain data the
 * screen renders as elements: every heading and table is there, and no link leads anywhere.
 */
import { describe, expect, it } from 'vitest';
import { FORMAT_GUIDE, formatPart, guideBlocks } from '../../../src/authoring/format-guide';
import type { GuideInline } from '../../../src/authoring/types';

const plain = (runs: GuideInline[]): string => runs.map((r) => ('children' in r ? plain(r.children) : r.text)).join('');

describe('the format guide', () => {
  it('has the README\'s format sections, from the parts of a script to what the build checks', () => {
    const headings = FORMAT_GUIDE.filter((b) => b.kind === 'heading').map((b) => plain(b.children));
    expect(headings).toEqual(['The parts of a script', 'Front matter fields', 'Choice fields', 'Endings', 'Conditions', 'What the build checks']);
  });

  it('has the tables of parts, front matter fields, choice fields and ending fields', () => {
    const tables = FORMAT_GUIDE.flatMap((b) => (b.kind === 'table' ? [b.header.map(plain).join(' | ')] : []));
    expect(tables.slice(0, 4)).toEqual(['Part | Syntax | Notes', 'Field | Required | Meaning', 'Field | Required | Meaning', 'Field | Required | Meaning']);
  });

  it('keeps a link\'s text and drops where it leads', () => {
    expect(guideBlocks('Read [`judgement.md`](judgement.md) and [the method](https://example.org).')).toEqual([
      { kind: 'paragraph', children: [{ kind: 'text', text: 'Read ' }, { kind: 'code', text: 'judgement.md' }, { kind: 'text', text: ' and ' }, { kind: 'text', text: 'the method' }, { kind: 'text', text: '.' }] },
    ]);
  });

  it('shows raw HTML in the README as text, never as markup', () => {
    expect(guideBlocks('A <b onclick="x()">bold</b> claim.')).toEqual([
      { kind: 'paragraph', children: [{ kind: 'text', text: 'A ' }, { kind: 'text', text: '<b onclick="x()">' }, { kind: 'text', text: 'bold' }, { kind: 'text', text: '</b>' }, { kind: 'text', text: ' claim.' }] },
    ]);
  });

  it('is empty rather than wrong when the README\'s headings change', () => {
    expect(formatPart('# Another README\n\n## Something else\n')).toBe('');
  });
});
