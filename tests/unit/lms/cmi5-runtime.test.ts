/**
 * The cmi5 runtime where no LMS answers: without launch parameters it stays out of the way, and a
 * launch whose LMS cannot be reached leaves the package playing with local progress (nothing
 * waits, nothing is thrown into the app). Everything with an LMS is tested against the real
 * player and LRS in `npm run test:lms`.
 */
import { describe, expect, it } from 'vitest';
import { Cmi5Runtime, lastLaunchProblem } from '../../../src/lms/cmi5/cmi5-runtime';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import { StatementQueue } from '../../../src/storage/statement-queue';
import { launchSearch } from './cmi5-launch-fixture';

const options = (search: string, fetch: typeof globalThis.fetch) => ({
  win: { parent: null },
  repo: new MemoryRepository(),
  moduleIds: ['fixture-branching'],
  loadScript: async () => undefined,
  search,
  fetch,
  queue: new StatementQueue(`runtime-test-${Math.random()}`),
  onOnline: () => undefined,
});

describe('the cmi5 runtime without an LMS', () => {
  it('does nothing when the page was not launched by a cmi5 LMS', async () => {
    const asked: string[] = [];
    const rt = await Cmi5Runtime.launch(options('?module=fixture-branching', async (u) => (asked.push(String(u)), new Response())));
    expect(rt).toBeUndefined();
    expect(asked).toEqual([]);
  });

  it('plays with local progress when the LMS cannot be reached at launch, having asked for the token once', async () => {
    const asked: string[] = [];
    const rt = await Cmi5Runtime.launch(options(launchSearch(), async (u) => {
      asked.push(String(u));
      throw new TypeError('Failed to fetch');
    }));
    expect(rt).toBeUndefined();
    expect(lastLaunchProblem).toBe('no-token');
    expect(asked).toEqual(['http://127.0.0.1:3398/fetch-url/9']);
  });

  it('refuses launch parameters that are not a valid launch', async () => {
    expect(await Cmi5Runtime.launch(options(launchSearch({ registration: 'x' }), async () => new Response()))).toBeUndefined();
    expect(lastLaunchProblem).toBe('invalid-params');
  });
});
