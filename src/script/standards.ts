/**
 * The curriculum's standards (content/README.md, "What the build checks"), applied only to the
 * scripts in `content/sessions/`: an instructor's own script is held to the format alone. Kept
 * apart from the validator because these are editorial rules about the curriculum, not rules of the
 * format. This file holds the shape of a module (phases, decisions, endings, the clock) and calls
 * the other standards-*.ts checks: decisions (standards-choices), people and leaders
 * (standards-cast), leader lines (standards-leader-lines) and phrases (standards-style). The
 * retired fields (Instead:, Outcome:) are errors of the validator in the curriculum, and shared
 * patients, props and ids are checked across the catalogue (catalogue.ts).
 */
import type { ScriptReport } from './compile';
import type { Exploration } from './explore';
import type { Person } from './people';
import type { RawScript } from './raw-script';
import { checkPatient, checkPeople, checkTwoLeaders } from './standards-cast';
import { checkDecisionsPerPath, checkDefensibleMoves, checkEarlyChoices } from './standards-choices';
import { checkLeaderLines } from './standards-leader-lines';
import { checkStyle } from './standards-style';
import type { StyleGuide } from './style';
import { PHASES, type Diagnostic, type Script } from './types';

/** Full-session clock range, in minutes, for every path. */
export const FULL_SESSION_MINUTES = { min: 38, max: 52 };

/** Everything a standard may look at. */
export interface StandardsInput {
  /** The built script. */
  script: Script;
  /** The script as written (lines of fields, scene markers). */
  raw: RawScript;
  /** Its figures. */
  report: ScriptReport;
  /** Every path, played. */
  exploration: Exploration;
  /** The people registry. */
  people?: ReadonlyMap<string, Person>;
  /** The phrase list. */
  style?: StyleGuide;
}

/** Check one built script against the curriculum's standards. */
export function checkStandards(input: StandardsInput): Diagnostic[] {
  const out: Diagnostic[] = [];
  const err = (line: number, message: string) => out.push({ severity: 'error', file: input.script.file, line, message });
  const { script, raw, exploration } = input;
  checkShape(input, err);
  checkDecisionsPerPath(script, exploration, err);
  checkDefensibleMoves(script, exploration, err);
  // With a dead end the futures are incomplete; with one ending every choice "decides" it.
  if (!exploration.deadEnds.length && exploration.endingsReached.size > 1) checkEarlyChoices(script, exploration, err);
  checkPeople(script, raw, input.people, err);
  checkTwoLeaders(script, raw, err);
  checkLeaderLines(script, raw, err);
  checkPatient(script, raw, err);
  if (input.style) checkStyle(raw, input.style, err);
  return out.sort((a, b) => a.line - b.line);
}

/** Phases, decisions, endings, branches and the clock, by the module's length. */
function checkShape({ script, report, exploration }: StandardsInput, err: (line: number, message: string) => void) {
  const endings = script.scenes.filter((s) => s.ending);
  if (script.length === 'short') {
    if (report.decisions < 3) err(1, `a short module needs at least 3 decision points (has ${report.decisions})`);
    if (endings.length < 2) err(1, `a short module needs at least 2 endings (has ${endings.length})`);
    return;
  }
  const missing = PHASES.filter((p) => !report.phases.includes(p));
  if (missing.length) err(1, `a full session needs all six phases; missing ${missing.join(', ')}`);
  if (report.decisions < 6) err(1, `a full session needs at least 6 decision points (has ${report.decisions})`);
  if (endings.length < 3) err(1, `a full session needs at least 3 endings (has ${endings.length})`);
  if (report.conditionalBranches < 2) err(1, `a full session needs at least 2 branches that depend on accumulated state (has ${report.conditionalBranches})`);
  const { min, max } = exploration.minutes;
  if (exploration.paths && (min < FULL_SESSION_MINUTES.min || max > FULL_SESSION_MINUTES.max))
    err(1, `every path should spend about 45 minutes of group time (${FULL_SESSION_MINUTES.min}–${FULL_SESSION_MINUTES.max}); paths run ${min}–${max}`);
  const d = exploration.phaseMinutes.discussion;
  const longer = PHASES.filter((p) => p !== 'discussion' && exploration.phaseMinutes[p].max >= d.min);
  if (exploration.paths && longer.length)
    err(1, `the discussion should be the longest phase on every path, but it can be as short as ${d.min} min while ${longer.map((p) => `${p} can take ${exploration.phaseMinutes[p].max}`).join(', ')}`);
}
