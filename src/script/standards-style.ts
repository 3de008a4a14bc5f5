/**
 * The phrase list (content/style.yaml) applied to a script as written: feedback, debriefs, ending
 * titles, inner voices and speech (lines and choice texts), each its own context. Run on the raw
 * script so a match is reported at the source line it is on, even deep in a multi-paragraph field.
 */
import type { RawScript, RawText } from './raw-script';
import { findPhrases, type StyleContext, type StyleGuide } from './style';

/** Report every phrase of the list found in the script. */
export function checkStyle(raw: RawScript, style: StyleGuide, err: (line: number, message: string) => void) {
  const check = (context: StyleContext, text: RawText | undefined) => {
    if (!text) return;
    for (const m of findPhrases(style, context, text.markdown)) {
      const line = text.line + (text.markdown.slice(0, m.index).match(/\n/g)?.length ?? 0);
      err(line, `"${m.match}" — ${m.phrase.reason}`);
    }
  };
  for (const s of raw.scenes) {
    if (s.title) check('title', { markdown: s.title.value, line: s.title.line });
    for (const l of s.lines) if (l.kind !== 'narration') check(l.kind, l);
    for (const p of s.debrief ?? []) check('debrief', p);
    for (const c of s.choices) {
      check('speech', { markdown: c.markdown, line: c.line });
      for (const f of [c.happened, c.why, c.gives, c.costs, c.also, c.instead]) check('feedback', f);
    }
  }
}
