/**
 * A reload on a module's route: the shell starts opening the module before the module screen's code
 * arrives, and the screen takes that opening once instead of starting a second one.
 */
import { describe, expect, it } from 'vitest';
import { openEarly, startOpening } from '../../../src/views/session/module-opening';
import { MemoryRepository } from '../../../src/storage/memory-repository';

describe('opening a module early', () => {
  it('the module screen takes the opening the shell started, once', async () => {
    const ready = Promise.resolve(new MemoryRepository());
    const early = openEarly('first-group', ready);
    const taken = startOpening('first-group', ready);
    expect(taken).toBe(early);
    expect(startOpening('first-group', ready)).not.toBe(early);
    expect((await taken.script)?.id).toBe('first-group');
  });

  it('an opening started early for another module is not taken', () => {
    const ready = Promise.resolve(new MemoryRepository());
    openEarly('first-group', ready);
    expect(startOpening('another-module', ready).id).toBe('another-module');
  });
});
