/**
 * How big a script may be, in one place. A case file is untrusted text from anyone, compiled in the
 * learner's browser, so every kind of size that makes the compiler (or later the player) do more
 * work has a ceiling, checked before the expensive work starts (YAML expansion, Markdown, play
 * exploration) and reported as `file:line: message` naming the limit. Each limit is well above what
 * the built-in curriculum needs (its largest module, measured: 70 KB, 39 scenes, 42 choices, 270
 * transcript lines, one text of 3,034 characters, 2.3 KB of front matter, conditions of 4 terms),
 * so an honest author never meets one; the README's "Limits" lists them with what happens at each.
 */

/** Largest script file the browser accepts (a case file, a pasted script), in bytes of UTF-8. */
export const MAX_SCRIPT_BYTES = 512 * 1024;

/** Largest script the parser reads, in characters (the browser's byte limit above comes first). */
export const MAX_SCRIPT_CHARS = 1_000_000;

/** Most scenes and endings in one script. */
export const MAX_SCENES = 400;

/** Most choices in one script, over all its scenes. */
export const MAX_CHOICES = 800;

/** Most transcript lines (speech, inner voices, narration) in one script. */
export const MAX_LINES = 4_000;

/** Longest single piece of text (a line, a choice, one feedback field, a debrief, the introduction), in characters. */
export const MAX_TEXT_CHARS = 20_000;

/**
 * Most elements (paragraphs, emphasis, links, list items…) one piece of text may become. The page
 * sanitises each piece in one go, and its time grows with the elements (measured on a busy
 * two-core machine: 5,000 take 110–170 ms); the curriculum's busiest piece has 9.
 */
export const MAX_TEXT_ELEMENTS = 500;

/** Deepest nesting of quotes (`>`), list items and indentation at the start of a line of text. */
export const MAX_MARKDOWN_DEPTH = 8;

/** Longest run of emphasis marks (`*`, `_`, `~`) in a row: each pair nests emphasis one level deeper. */
export const MAX_EMPHASIS_RUN = 24;

/** Deepest nesting of brackets and `not` in one condition. */
export const MAX_CONDITION_DEPTH = 10;

/** Most comparisons, `chose` and `visited` tests in one condition. */
export const MAX_CONDITION_TERMS = 40;

/** Largest front matter, in characters, as written and again with its YAML aliases (`*name`) filled in. */
export const MAX_FRONT_MATTER_CHARS = 65_536;

/** Most uses of YAML aliases the YAML library expands (its `maxAliasCount`). */
export const MAX_YAML_ALIASES = 100;

/** Most content notes, and the longest one in characters. */
export const MAX_CONTENT_NOTES = 12;
export const MAX_CONTENT_NOTE_CHARS = 100;

/** Most distinct play states the explorer visits before it gives up (bounds the work of checking every path). */
export const MAX_STATES = 60_000;

/** Longest the browser spends checking one script before it stops and says so, in milliseconds. */
export const MAX_CHECK_MS = 30_000;

/** Largest change an effect or an evidence entry may make (climate runs from 0 to 100). */
export const MAX_DELTA = 100;

/** Most problems listed for one script; beyond it, one more line says how many were left out. */
export const MAX_DIAGNOSTICS = 200;

/** A count in messages: 11500 → "11,500". */
export const count = (n: number): string => n.toLocaleString('en');
