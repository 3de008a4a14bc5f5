/**
 * Syntax colouring for the script format: a small CodeMirror stream parser (StreamLanguage), line
 * by line, that marks the parts an author looks for — the front matter and its keys, phase, scene
 * and choice headings, `**Name:**` speakers, `Field:` names, `[if …]` conditions, scene links and
 * comments. It only colours: the compiler (in its worker) is what checks a script.
 */
import { StreamLanguage, type StreamParser, type StringStream } from '@codemirror/language';

/**
 * Every `Key:` field of scenes and choices, as the parser knows them (src/script/parse-fields.ts;
 * a unit test keeps the two lists equal). Repeated here so the editor does not load the compiler.
 */
export const FIELD_NAMES = [
  'Silent', 'If', 'Effects', 'Evidence', 'Goes to', 'What happened', 'Why', 'Gives', 'Costs', 'Also possible', 'Instead',
  'Minutes', 'Long intervention', 'Title', 'Kind', 'Outcome', 'Next', 'Debrief',
] as const;

/** Fields that may be written `Key if <condition>:`. */
const CONDITIONAL = ['Goes to', 'Next'];

/** Where the tokenizer is. */
export interface ScriptTokenState {
  /** Before the first line, inside the front matter, or in the body. */
  section: 'start' | 'front' | 'body';
  /** Inside an HTML comment that has not closed yet. */
  comment: boolean;
  /** What may come next on this line: a speaker after a condition, a field's condition or colon. */
  next: 'speaker' | 'field-condition' | 'field-colon' | null;
}

const FIELD = new RegExp(`^(?:${[...FIELD_NAMES].sort((a, b) => b.length - a.length).join('|')})(?=(?: if [^:]*)?:)`);

function comment(stream: StringStream, state: ScriptTokenState): string {
  if (stream.skipTo('-->')) {
    stream.match('-->');
    state.comment = false;
  } else stream.skipToEnd();
  return 'comment';
}

function frontMatter(stream: StringStream, state: ScriptTokenState): string | null {
  if (stream.sol() && stream.match(/^---\s*$/)) {
    state.section = 'body';
    return 'meta';
  }
  if (stream.sol() && stream.match(/^[A-Za-z_][\w-]*(?=\s*:)/)) return 'propertyName';
  if (stream.match(/^\s#.*/) || (stream.sol() && stream.match(/^#.*/))) return 'comment';
  if (stream.match(/^"(?:[^"\\]|\\.)*"?/) || stream.match(/^'(?:[^']|'')*'?/)) return 'string';
  if (!stream.eatWhile(/[^"'#]/)) stream.next();
  return null;
}

function body(stream: StringStream, state: ScriptTokenState): string | null {
  if (stream.sol()) {
    state.next = null;
    if (stream.match(/^#{2}\s.*/)) return 'heading2';
    if (stream.match(/^#{3}\s.*/)) return 'heading3';
    if (stream.match(/^#{4}\s+\S+\s+[A-Za-z0-9-]*:?/)) return 'heading4';
    if (stream.match(/^#{1,6}\s.*/)) return 'heading';
    if (stream.match(/^\[if\s[^\]]*\]/)) {
      state.next = 'speaker';
      return 'keyword';
    }
    const field = stream.match(FIELD) as RegExpMatchArray | null;
    if (field) {
      state.next = CONDITIONAL.includes(field[0]) ? 'field-condition' : 'field-colon';
      return 'propertyName';
    }
  }
  const next = state.next;
  state.next = null;
  if (next === 'field-condition' && stream.match(/^ if [^:]*/)) {
    state.next = 'field-colon';
    return 'keyword';
  }
  if ((next === 'field-condition' || next === 'field-colon') && stream.match(':')) return 'propertyName';
  if (next === 'speaker' && stream.eatSpace()) {
    state.next = 'speaker';
    return null;
  }
  if ((next === 'speaker' || stream.sol()) && stream.match(/^\*\*[^*\n]{1,200}?:\*\*/)) return 'labelName';
  if (stream.match('<!--')) {
    state.comment = true;
    return comment(stream, state);
  }
  if (stream.match(/^\]\(#[A-Za-z0-9-]*\)/)) return 'link';
  if (!stream.eatWhile(/[^\]<]/)) stream.next();
  return null;
}

/** The tokenizer (exported for its tests). */
export const scriptStreamParser: StreamParser<ScriptTokenState> = {
  name: 'balint-script',
  startState: () => ({ section: 'start', comment: false, next: null }),
  token(stream, state) {
    if (state.comment) return comment(stream, state);
    if (state.section === 'start') {
      state.section = stream.match(/^---\s*$/, false) ? 'front' : 'body';
      if (state.section === 'front') {
        stream.skipToEnd();
        return 'meta';
      }
    }
    return state.section === 'front' ? frontMatter(stream, state) : body(stream, state);
  },
  blankLine(state) {
    state.next = null;
  },
};

/** The script format as a CodeMirror language. */
export const scriptLanguage = StreamLanguage.define(scriptStreamParser);
