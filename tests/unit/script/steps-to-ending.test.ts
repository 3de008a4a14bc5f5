/**
 * How near a scene is to an ending (the player fetches the debrief's code when an ending is near):
 * the fewest steps, whatever the routes' conditions.
 */
import { describe, expect, it } from 'vitest';
import { stepsToEnding } from '../../../src/script/steps-to-ending';
import { fakeChoice, fakeEnding, fakeScene, fakeScript } from '../fake-script';

describe('steps to an ending', () => {
  it('is 0 at an ending and 1 at a decision that leads straight to it', () => {
    const script = fakeScript();
    expect(stepsToEnding(script, 'end')).toBe(0);
    expect(stepsToEnding(script, 'ask')).toBe(1);
  });

  it('counts each Continue through scenes without choices, and takes the nearest ending', () => {
    const script = fakeScript({
      start: 'open',
      scenes: [
        fakeScene('open', { next: [{ target: 'story', line: 1 }] }),
        fakeScene('story', { next: [{ target: 'ask', line: 1 }] }),
        fakeScene('ask', { choices: [fakeChoice('long', { routes: [{ target: 'more', line: 1 }] }), fakeChoice('short', { routes: [{ target: 'end', line: 1 }] })] }),
        fakeScene('more', { next: [{ target: 'end', line: 1 }] }),
        fakeScene('end', { phase: 'close', ending: fakeEnding() }),
      ],
    });
    expect([stepsToEnding(script, 'open'), stepsToEnding(script, 'story'), stepsToEnding(script, 'more')]).toEqual([3, 2, 1]);
  });

  it('follows a route whatever its condition', () => {
    const script = fakeScript({
      scenes: [
        fakeScene('ask', { next: [{ target: 'end', line: 1, when: { kind: 'chose', choice: 'never' } }, { target: 'ask', line: 1 }] }),
        fakeScene('end', { phase: 'close', ending: fakeEnding() }),
      ],
    });
    expect(stepsToEnding(script, 'ask')).toBe(1);
  });

  it('is Infinity for a scene no ending can be reached from, and for an unknown scene', () => {
    const script = fakeScript({
      scenes: [fakeScene('ask', { next: [{ target: 'ask', line: 1 }] }), fakeScene('end', { phase: 'close', ending: fakeEnding() })],
    });
    expect(stepsToEnding(script, 'ask')).toBe(Infinity);
    expect(stepsToEnding(script, 'nowhere')).toBe(Infinity);
  });
});
