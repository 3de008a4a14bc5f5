/** The cohort an instructor reads from receipts: the table, the competency chart, shared reflections. */
import { plural } from '../format';

/** One competency's figures, as the chart states them. */
interface ChartLine {
  /** The competency's label. */
  name: string;
  /** Learners with evidence on it. */
  learners: number;
  /** Evidence toward it. */
  toward: number;
  /** Evidence away from it. */
  away: number;
}

export const cohort = {
  table: 'Cohort table',
  /** The table's caption: the assignment, its cohort, how many learners. */
  caption: (title: string, cohortLabel: string | undefined, learners: number) =>
    `${title}${cohortLabel ? ` · ${cohortLabel}` : ''}: ${plural(learners, { one: '# learner', other: '# learners' })}`,
  learner: 'Learner',
  requiredCompleted: 'Required completed',
  /** After a module's title in its column heading. */
  required: '(required)',
  optional: '(optional)',
  timeSpent: 'Time spent',
  receiptMade: 'Receipt made',
  /** Modules a learner played in another version than the one assigned. */
  otherVersions: (titles: string[]) => `Played another version of: ${titles.join(', ')}`,
  /** Required modules completed of those assigned. */
  requiredDone: (done: number, of: number, all: boolean) => `${done} of ${of}${all ? ' (all)' : ''}`,

  /** The chart's text alternative: how many learners, then the first competencies' figures. */
  chartLabel: (learners: number, lines: ChartLine[]) =>
    `Competency evidence across ${plural(learners, { one: '# learner', other: '# learners' })}. ${lines
      .map((l) => `${l.name}: ${l.learners} of ${learners} learners, ${l.toward} toward, ${l.away} away`)
      .join('; ')}.`,
  /** A competency's name on the chart, with how many learners have evidence on it. */
  chartName: (name: string, learners: number, of: number) => `${name} (${learners} of ${of})`,
  legendToward: 'Evidence toward the competency (solid, upper bar)',
  legendAway: 'Evidence away from it (hatched, lower bar)',
  showTable: 'Show the competency evidence as a table',
  evidenceTable: 'Competency evidence table',
  evidenceCaption: 'Competency evidence across the cohort',
  competency: 'Competency',
  learnersWithEvidence: 'Learners with evidence',
  evidenceToward: 'Evidence toward',
  evidenceAway: 'Evidence away',
  /** Learners with evidence, of the cohort's. */
  ofLearners: (learners: number, of: number) => `${learners} of ${of}`,

  notesHeading: 'Reflections learners chose to share',
  notesIntro: 'Each learner ticked these on their own device. They are shown only here, not in the CSV file.',
  /** A learner's shared reflections, folded: "Ana: 2 reflections". */
  notesOf: (learner: string, count: number) => `${learner}: ${plural(count, { one: '# reflection', other: '# reflections' })}`,
  notAboutOneModule: 'Not about one module',

  /** The cohort table's CSV file: its headings and the one cell worded here. */
  csv: {
    learner: 'Learner',
    allRequired: 'All required completed',
    required: 'Required completed',
    /** A module's column (`title`: its title). */
    module: (title: string, required: boolean) => `${title} (${required ? 'required' : 'optional'})`,
    /** The column of the endings a learner reached in a module. */
    endings: (title: string) => `${title}: endings reached`,
    minutes: 'Time spent (minutes)',
    made: 'Receipt made',
    otherVersion: 'Played another content version',
    /** Required modules completed, of those assigned. */
    requiredDone: (done: number, of: number) => `${done} of ${of}`,
  },
};
