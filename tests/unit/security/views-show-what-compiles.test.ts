/**
 * What the validator accepts, the views show (issue 15). Two scripts the compiler rightly accepts
 * once crashed a view with Svelte's each_key_duplicate, found by the property test in
 * play-what-compiles.test.ts:
 *   - a scene entered twice (a bounded loop, tests/fixtures/explore-bounded-loop.md) gave its
 *     lines the same transcript key twice; keys now carry the trail position (src/session/derive.ts);
 *   - two edges of the scene map got one key when scene ids run together: a→bc and ab→c were
 *     both "abc"; edges are now keyed `from>to` (src/views/session/SceneMap.svelte).
 */
import { cleanup, render } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { createSessionMachine } from '../../../src/machine/session-machine';
import { transcript } from '../../../src/session/derive';
import SceneMap from '../../../src/views/session/SceneMap.svelte';
import TranscriptList from '../../../src/views/session/TranscriptList.svelte';
import { validFixture } from '../compile-fixture';

afterEach(() => cleanup());

describe('views show every script the compiler accepts ', () => {
  it('a scene entered twice in a bounded loop shows twice in the transcript', () => {
    const script = validFixture('explore-bounded-loop');
    const machine = createSessionMachine(script);
    let [s] = initialTransition(machine, {});
    [s] = transition(machine, s, { type: 'choice.select', choiceId: 'again' });
    [s] = transition(machine, s, { type: 'choice.select', choiceId: 'again' });
    expect(s.context.trail.map((t) => t.scene)).toEqual(['ask', 'ask', 'end']);
    render(TranscriptList, { props: { items: transcript(script, s.context), showInner: true } });
  });

  it('the scene map draws scenes whose ids run together (a→bc and ab→c)', () => {
    render(SceneMap, { props: { script: validFixture('known-scene-map-edge-keys'), visited: [] } });
  });
});
