/** A stored draft is checked where it is read: only version 1 of the shape is used. */
import { describe, expect, it } from 'vitest';
import { readDraft } from '../../../src/authoring/read-draft';
import { draft } from './draft-store-contract';

describe('reading a stored draft', () => {
  it('uses a version-1 draft as it is', () => {
    expect(readDraft(draft('text'))).toEqual(draft('text'));
  });

  it.each([
    ['another version', { ...draft('text'), v: 2 }],
    ['no version', { text: 'text', fileName: 'a.md', savedAt: '2026-11-30T10:00:00.000Z' }],
    ['text that is not text', { ...draft('text'), text: 42 }],
    ['text over the script limit', draft('x'.repeat(1_000_001))],
    ['no file name', { ...draft('text'), fileName: ' ' }],
    ['a time that is not a time', { ...draft('text'), savedAt: 'yesterday' }],
    ['not a record at all', 'text'],
  ])('does not use %s', (_what, value) => {
    expect(readDraft(value)).toBeUndefined();
  });

  it('keeps no field it does not know', () => {
    expect(readDraft({ ...draft('text'), extra: '<script>' })).toEqual(draft('text'));
  });
});
