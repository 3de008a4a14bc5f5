/**
 * One rule, as a property: what the validator accepts, the player plays (issue 15, finding 1: a
 * `start: .nan` compiled, played, and every save then failed the record check on read, so the
 * attempt vanished). Random scripts (random-script.ts) are compiled; every one the compiler
 * accepts is opened the way the app opens a module (its introduction rendered) and played
 * through the runtime's own Session (machine, rules of play, storage) with random choices until
 * its ending, with no uncaught error; every attempt record saved on the way must pass the storage
 * record check (`checkAttempt`), as stored and after a JSON round trip (a backup), and the
 * repository must read them all back. The transcript and debrief of the finished attempt are
 * rendered too, unless the path entered a scene twice (see the known problem below).
 */
import { cleanup, render } from '@testing-library/svelte';
import fc from 'fast-check';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { transcript } from '../../../src/session/derive';
import { Session } from '../../../src/session/session.svelte';
import { checkAttempt } from '../../../src/storage/record-checks';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import type { Attempt } from '../../../src/storage/types';
import type { Script } from '../../../src/script/types';
import DebriefReport from '../../../src/views/DebriefReport.svelte';
import ModuleIntro from '../../../src/views/ModuleIntro.svelte';
import TranscriptList from '../../../src/views/session/TranscriptList.svelte';
import { compileText } from '../compile-fixture';
import { scriptSpec, writeScript } from './random-script';

const tally = { runs: 0, accepted: 0, steps: 0, saves: 0, rendered: 0 };
/** More steps than any accepted script can take (the explorer refused every unbounded loop). */
const MAX_STEPS = 2_000;

afterEach(() => cleanup());

/** Play `script` to its ending with the picks given; returns every record saved on the way. */
async function playToEnding(script: Script, picks: readonly number[]): Promise<{ session: Session; saved: Attempt[]; repo: MemoryRepository }> {
  const repo = new MemoryRepository();
  const saved: Attempt[] = [];
  const save = repo.saveAttempt.bind(repo);
  repo.saveAttempt = async (a: Attempt) => {
    saved.push(structuredClone(a));
    await save(a);
  };
  const session = await Session.open(script, repo, { instant: true });
  for (let step = 0; !session.done; step++) {
    if (step >= MAX_STEPS) throw new Error(`no ending after ${MAX_STEPS} steps in scene "${session.scene.id}"`);
    const offered = session.choices;
    const ok = offered.length ? await session.choose(offered[picks[step % picks.length]! % offered.length]!.id) : await session.continue();
    if (!ok) throw new Error(`step ${step} in scene "${session.scene.id}" was refused: ${session.error ?? 'no reason given'}`);
    tally.steps++;
  }
  return { session, saved, repo };
}

function expectReadable(saved: readonly Attempt[]) {
  for (const record of saved) {
    expect(checkAttempt(structuredClone(record)), `record at scene ${record.sceneId} fails the record check`).toBeDefined();
    expect(checkAttempt(JSON.parse(JSON.stringify(record))), `record at scene ${record.sceneId} fails after a JSON round trip`).toBeDefined();
    for (const v of Object.values(record.climate)) expect(Number.isFinite(v), `climate ${JSON.stringify(record.climate)}`).toBe(true);
  }
}

describe('what the validator accepts, the player plays', () => {
  it('random scripts the compiler accepts open, play to an ending, and every save reads back (200 runs)', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(scriptSpec, fc.array(fc.nat({ max: 5 }), { minLength: 1, maxLength: 12 }), async (spec, picks) => {
        tally.runs++;
        const r = compileText(writeScript(spec), 'random.md');
        if (!r.script) return;
        tally.accepted++;
        const script = r.script;
        render(ModuleIntro, { props: { script, onbegin: () => {} } });
        const { session, saved, repo } = await playToEnding(script, picks);
        try {
          expect(session.scene.ending, 'the session ends in an ending').toBeDefined();
          tally.saves += saved.length;
          expectReadable(saved);
          const stored = await repo.listAttempts();
          expect(stored.map((a) => a.id)).toEqual([session.attempt.id]);
          expect(stored[0]).toMatchObject({ status: 'completed', endingId: session.scene.id });
          const visits = session.context.trail.map((t) => t.scene);
          if (new Set(visits).size === visits.length) {
            render(TranscriptList, { props: { items: transcript(script, session.context), showInner: true } });
            render(DebriefReport, { props: { script, context: session.context, endingId: session.scene.id } });
            tally.rendered++;
          }
        } finally {
          session.dispose();
          cleanup();
        }
      }),
      { numRuns: 200 },
    );
    // The property must really reach the player (a generator that only made refused scripts would pass).
    expect(tally.accepted).toBeGreaterThanOrEqual(15);
  });
});

afterAll(() => {
  console.log(`[play-what-compiles] ${tally.runs} random scripts, ${tally.accepted} accepted and played to an ending (${tally.steps} steps, ${tally.saves} saves checked), ${tally.rendered} transcripts and debriefs rendered.`);
});
