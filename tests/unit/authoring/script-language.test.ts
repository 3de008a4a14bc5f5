/**
 * The editor's colouring of the script format (src/authoring/editor/script-language.ts): the
 * tokenizer marks each part an author looks for, and knows every field the parser knows.
 */
import { StringStream } from '@codemirror/language';
import { describe, expect, it } from 'vitest';
import { FIELD_NAMES, scriptStreamParser } from '../../../src/authoring/editor/script-language';
import { CHOICE_FIELDS, SCENE_FIELDS } from '../../../src/script/parse-fields';

/** Tokens of `text` as [text, style] pairs, styled tokens only. */
function tokens(text: string): [string, string][] {
  const state = scriptStreamParser.startState!(2);
  const out: [string, string][] = [];
  for (const line of text.split('\n')) {
    if (!line) {
      scriptStreamParser.blankLine?.(state, 2);
      continue;
    }
    const stream = new StringStream(line, 4, 2);
    while (!stream.eol()) {
      const start = stream.pos;
      const style = scriptStreamParser.token(stream, state);
      expect(stream.pos, `no progress at "${line.slice(start)}"`).toBeGreaterThan(start);
      if (style) out.push([line.slice(start, stream.pos), style]);
    }
  }
  return out;
}

describe('the script format colouring', () => {
  it('knows every field the parser knows, and no other', () => {
    expect([...FIELD_NAMES].sort()).toEqual([...Object.keys(CHOICE_FIELDS.fields), ...Object.keys(SCENE_FIELDS.fields)].sort());
  });

  it('marks the front matter, its keys, comments and quoted text', () => {
    expect(tokens('---\n# a comment\nid: mine\ncast:\n  - { id: ana, persona: "The presenter." }\n---')).toEqual([
      ['---', 'meta'],
      ['# a comment', 'comment'],
      ['id', 'propertyName'],
      ['cast', 'propertyName'],
      ['"The presenter."', 'string'],
      ['---', 'meta'],
    ]);
  });

  it('marks phase, scene and choice headings, each in its own way', () => {
    expect(tokens('## Phase: questions\n\n### Scene: ask\n\n#### Choice wait: Say nothing.')).toEqual([
      ['## Phase: questions', 'heading2'],
      ['### Scene: ask', 'heading3'],
      ['#### Choice wait:', 'heading4'],
    ]);
  });

  it('marks a speaker, an inner voice and a condition before a line', () => {
    expect(tokens('**Ana:** I keep thinking about her.\n\n[if safety < 40] **Ana (thinks):** They think I failed.')).toEqual([
      ['**Ana:**', 'labelName'],
      ['[if safety < 40]', 'keyword'],
      ['**Ana (thinks):**', 'labelName'],
    ]);
  });

  it('marks field names, a field\'s condition, scene links and comments in the body', () => {
    expect(tokens('Goes to if focus >= 55: [Close](#close-question)\nWhat happened: Owen spoke.\n<!-- a note -->')).toEqual([
      ['Goes to', 'propertyName'],
      [' if focus >= 55', 'keyword'],
      [':', 'propertyName'],
      ['](#close-question)', 'link'],
      ['What happened', 'propertyName'],
      [':', 'propertyName'],
      ['<!-- a note -->', 'comment'],
    ]);
  });

  it('leaves prose that only starts like a field alone', () => {
    expect(tokens('Whyever not, she said.')).toEqual([]);
  });
});
