/**
 * A YAML syntax problem in the app's own words. The YAML library's messages are written for
 * programmers ("Implicit map keys need to be followed by map values", "Maximum call stack size
 * exceeded", "please use YAML.parseAllDocuments()"); authors of scripts and of content files read
 * these instead: what is wrong at the line, and what to write. Chosen by the library's error code,
 * with a few codes split by what its message names (a quote, a comma).
 */
import type { YAMLError } from 'yaml';

const HINT_QUOTES = 'if a value contains ":", "#", "," or brackets, put it in double quotes';

/** One sentence for a YAML error (no "at line n": the diagnostic carries the line). */
export function yamlProblem(error: Pick<YAMLError, 'code' | 'message'>): string {
  const m = error.message;
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return 'the same key is written twice in one map; keep one of them';
    case 'TAB_AS_INDENT':
      return 'a tab is used to indent; indent with spaces';
    case 'BAD_INDENT':
      return 'the indentation does not line up; indent every item of one list or map by the same number of spaces';
    case 'BAD_DQ_ESCAPE':
      return 'a text in double quotes has a backslash that starts no known escape; write \\\\ for a backslash, or use single quotes';
    case 'BAD_SCALAR_START':
      return `a value starts with a character YAML keeps for itself (such as @ or \`); ${HINT_QUOTES}`;
    case 'MISSING_CHAR':
      if (/quote/i.test(m)) return 'a quoted text is never closed; add the closing quote';
      if (/Missing ,/.test(m)) return 'a "," is missing between two items of a [list] or { map }';
      if (/space after :/.test(m)) return `put a space after ":"; ${HINT_QUOTES}`;
      if (/followed by map values/.test(m)) return 'a key has no ":" after it; write fields as "key: value"';
      return `a closing quote, a ":" or a "," is missing here; ${HINT_QUOTES}`;
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'KEY_OVER_1024_CHARS':
    case 'BLOCK_IN_FLOW':
      return `this is not a "key: value" field on one line; ${HINT_QUOTES}`;
    case 'NON_STRING_KEY':
      return 'a key is not a plain word; write keys like "title:"';
    case 'MULTIPLE_DOCS':
    case 'BAD_DIRECTIVE':
      return 'a line of "---", "..." or "%" starts another YAML document; the front matter is one document, so remove it';
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
    case 'BAD_PROP_ORDER':
    case 'ALIAS_PROPS':
    case 'BAD_ALIAS':
      return 'an anchor (&name) or alias (*name) is written in a way YAML does not allow; write the value out instead';
    case 'TAG_RESOLVE_FAILED':
    case 'BAD_COLLECTION_TYPE':
      return 'a YAML tag (a word after "!") is used, which scripts do not support; remove it';
    case 'RESOURCE_EXHAUSTION':
      return 'lists or maps are nested too deeply to read; write them with fewer levels of brackets';
    case 'UNEXPECTED_TOKEN':
      return `a character here does not fit the "key: value" form; ${HINT_QUOTES}`;
    default:
      return `this line cannot be read as "key: value" fields; ${HINT_QUOTES}`;
  }
}
