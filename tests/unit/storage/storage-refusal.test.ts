import { describe, expect, it } from 'vitest';
import { m } from '../../../src/i18n/messages';
import { refusalOf, StorageRefusal } from '../../../src/storage/storage-refusal';

describe('a refused write is a code, worded by the catalogue', () => {
  it('words a record to restore that is not valid by its kind and place', () => {
    const refused = refusalOf(new StorageRefusal({ code: 'invalid-restore-record', kind: 'set-aside', position: 1 }));
    expect(refused && m.storage.refusal(refused)).toBe('Set-aside record 1 to restore is not valid.');
  });

  it('finds no refusal in any other error', () => {
    expect(refusalOf(new Error('This is not a refusal.'))).toBeUndefined();
  });
});
