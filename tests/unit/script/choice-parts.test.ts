import { describe, expect, it } from 'vitest';
import { choiceDisplay, choiceLabel, choiceParts } from '../../../src/script/choice-parts';

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

describe('a compiled choice as the player shows it', () => {
  it('shows a silent choice as action only, even with no quotation marks', () => {
    expect(choiceDisplay('Say nothing.', true)).toEqual([{ kind: 'action', text: 'Say nothing.' }]);
  });
  it('shows a spoken choice whose quotation marks the compiler took off as speech', () => {
    expect(choiceDisplay("Let's keep to questions of fact.", false)).toEqual([{ kind: 'speech', text: "Let's keep to questions of fact." }]);
  });
  it('shows a choice with no words left (all of it removed as unsafe) as nothing, not as empty quotation marks', () => {
    expect(choiceDisplay('  ', false)).toEqual([]);
    expect(choiceLabel(choiceDisplay('', false))).toBe('');
  });
  it('splits a choice with a stage direction and words', () => {
    expect(choiceDisplay('Turn to Claire. "Anything you\'d add?"', false).map((p) => p.kind)).toEqual(['action', 'speech']);
  });
  it('names it as read aloud: the action, then the words in quotation marks', () => {
    expect(choiceLabel(choiceDisplay('Nod. Then: "Thank you."', false))).toBe('Nod. Then: “Thank you.”');
    expect(choiceLabel(choiceDisplay('Wait.', true))).toBe('Wait.');
  });
});
