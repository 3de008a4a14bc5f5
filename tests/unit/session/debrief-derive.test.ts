/**
 * What the debrief derives from a finished attempt: the debrief parts whose condition holds at the
 * end (judged by the rules of play), every decision with all the options offered, and inner voices
 * including those kept for the debrief. Scripts are built in code (tests/unit/fake-script.ts).
 */
import { describe, expect, it } from 'vitest';
import { debriefParts, innerVoices, path, transcript } from '../../../src/session/derive';
import type { Script } from '../../../src/script/types';
import { fakeEnding, fakeLine, fakeScript, p, withScene } from '../fake-script';
import { walk } from './walk';

/** The machine context after choosing `choice` at `ask`. */
function play(script: Script, choice: string) {
  return walk(script, choice).context;
}

describe('debrief parts', () => {
  const script = withScene(fakeScript(), 'end', (s) => ({
    ...s,
    ending: fakeEnding({
      debrief: [
        { html: p('Always shown.') },
        { html: p('You protected Ana.'), when: { kind: 'chose', choice: 'protect' } },
        { html: p('You waited.'), when: { kind: 'chose', choice: 'wait' } },
        { html: p('Safety ended high.'), when: { kind: 'compare', variable: 'safety', op: '>=', value: 70 } },
        { html: p('You passed through ask.'), when: { kind: 'visited', scene: 'ask' } },
      ],
    }),
  }));

  it('shows only the parts whose condition holds for this attempt’s final context', () => {
    expect(debriefParts(script, play(script, 'protect'), 'end')).toEqual([p('Always shown.'), p('You protected Ana.'), p('Safety ended high.'), p('You passed through ask.')]);
    expect(debriefParts(script, play(script, 'wait'), 'end')).toEqual([p('Always shown.'), p('You waited.'), p('You passed through ask.')]);
  });

  it('is empty for a scene that is not an ending', () => {
    expect(debriefParts(script, play(script, 'wait'), 'ask')).toEqual([]);
  });
});

describe('decisions and inner voices for the debrief', () => {
  it('gives each decision every option that was offered, in the script’s order, the one chosen among them', () => {
    const script = fakeScript();
    const [step] = path(script, play(script, 'wait'));
    expect(step!.choice.id).toBe('wait');
    expect(step!.offered.map((c) => c.id)).toEqual(['protect', 'wait']);
  });

  it('includes debrief-only inner voices among the inner voices on the path, marked as such', () => {
    const script = withScene(fakeScript(), 'ask', (s) => ({
      ...s,
      lines: [fakeLine('ask#1'), fakeLine('ask#2', { kind: 'inner', text: 'Plain thought.' }), fakeLine('ask#3', { kind: 'inner', speaker: 'ben', text: 'Kept for the debrief.', debriefOnly: true })],
    }));
    const context = play(script, 'protect');
    expect(innerVoices(script, context).map((v) => [v.text, v.debriefOnly])).toEqual([['Plain thought.', undefined], ['Kept for the debrief.', true]]);
    expect(transcript(script, context).filter((t) => t.debriefOnly).map((t) => t.speaker)).toEqual(['Ben']);
  });
});
