/** The memory DraftStore keeps the contract, and says it does not outlive the page. */
import { expect, it } from 'vitest';
import { MemoryDraftStore } from '../../../src/authoring/memory-draft-store';
import { draftStoreContract } from './draft-store-contract';

draftStoreContract('MemoryDraftStore', () => new MemoryDraftStore());

it('says a memory draft does not outlive a reload', () => {
  expect(new MemoryDraftStore().durable).toBe(false);
});
