import { describe, expect, it } from 'vitest';
import { choiceParts } from '../../../src/script/choice-parts';

describe('choice text: action and speech', () => {
  it('splits a stage direction from the words said', () => {
    expect(choiceParts('Turn to Claire, outside the circle: "Claire, anything you\'d add?"')).toEqual([
      { kind: 'action', text: 'Turn to Claire, outside the circle:' },
      { kind: 'speech', text: "Claire, anything you'd add?" },
    ]);
  });
  it('keeps action after speech in order', () => {
    expect(choiceParts('"Thank you." Then wait.')).toEqual([
      { kind: 'speech', text: 'Thank you.' },
      { kind: 'action', text: 'Then wait.' },
    ]);
  });
  it('reads a choice without quotation marks as action only', () => {
    expect(choiceParts('Say nothing. Let the silence run.')).toEqual([{ kind: 'action', text: 'Say nothing. Let the silence run.' }]);
    expect(choiceParts('Write down the first image that comes to you.')).toEqual([{ kind: 'action', text: 'Write down the first image that comes to you.' }]);
  });
  it('accepts curly quotation marks', () => {
    expect(choiceParts('Nod. “Go on.”')).toEqual([
      { kind: 'action', text: 'Nod.' },
      { kind: 'speech', text: 'Go on.' },
    ]);
  });
});
