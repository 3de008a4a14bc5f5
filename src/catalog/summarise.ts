/**
 * A script's summary (what lists, filters, progress and receipts need), derived from the compiled
 * script. Pure and free of build tooling, so the build's catalogue plugin and the runtime (case
 * files compiled in the browser) summarise a script the same way.
 */
import type { Script, ScriptSummary } from '../script/types';

/** Summary of a script for the catalogue. */
export function summarise(s: Script): ScriptSummary {
  const { scenes, intro: _intro, climate: _climate, cast: _cast, start: _start, ...rest } = s;
  return {
    ...rest,
    decisions: scenes.filter((x) => x.choices.length).length,
    endings: scenes.filter((x) => x.ending).length,
    endingTitles: Object.fromEntries(scenes.flatMap((x) => (x.ending ? [[x.id, { title: x.ending.title, ...(x.ending.kind ? { kind: x.ending.kind } : {}) }]] : []))),
  };
}
