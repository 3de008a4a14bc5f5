/** Every HTML string a compiled script carries: what the views insert with {@html}, and where it is from. */
import type { Script } from '../../src/script/types';

const FEEDBACK = ['happened', 'why', 'gives', 'costs', 'also'] as const;

/** Each HTML field of `script` with a label saying where it is (for failure messages). */
export function scriptHtml(script: Script): { where: string; html: string }[] {
  const out = [{ where: 'intro', html: script.intro }];
  for (const s of script.scenes) {
    for (const l of s.lines) out.push({ where: `${l.id} (${l.kind})`, html: l.html });
    for (const c of s.choices) for (const k of FEEDBACK) out.push({ where: `${c.id}.${k}`, html: c.feedback[k] });
    s.ending?.debrief.forEach((p, i) => out.push({ where: `${s.id}.debrief[${i}]`, html: p.html }));
  }
  return out;
}
