/** The hooks the app calls: launch-URL parsing, and no effect at all in the ordinary build. */
import { describe, expect, it } from 'vitest';
import { launchModuleFrom, lmsLaunch, lmsReady, lmsSessionOpened, SCORM_BUILD } from '../../../src/lms/lms-hooks';
import { MemoryRepository } from '../../../src/storage/memory-repository';

describe('LMS hooks', () => {
  it('reads the module a SCO launch names, only if the package has it', () => {
    expect(launchModuleFrom('?module=rule-honesty', ['rule-honesty'])).toBe('rule-honesty');
    expect(launchModuleFrom('?x=1&module=first-group', ['rule-honesty', 'first-group'])).toBe('first-group');
    expect(launchModuleFrom('?module=other', ['rule-honesty'])).toBeUndefined();
    expect(launchModuleFrom('', ['rule-honesty'])).toBeUndefined();
  });

  it('do nothing in the ordinary app build', async () => {
    expect(SCORM_BUILD).toBe(false);
    const before = location.href;
    lmsLaunch();
    expect(location.href).toBe(before);
    const repo = new MemoryRepository();
    expect(await lmsReady(repo)).toBe(repo);
    expect(() => lmsSessionOpened({} as never)).not.toThrow();
  });
});
