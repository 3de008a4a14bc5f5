/** What a cmi5 package's course structure (`cmi5.xml`) tells the LMS about the course and each module. */
import { plural } from '../format';

export const lmsCourse = {
  /** The language tag of the texts below (`<langstring lang="…">`). */
  lang: 'en',
  /** The course's description; `modules` is how many modules it has. */
  courseDescription: (modules: number) =>
    `Balint Rehearsal: scripted Balint group sessions (${plural(modules, { one: 'one module', other: '# modules' })}). Reports completion and time, never a grade.`,
  /** A module's (AU's) description; `title` is the module's title (content). */
  moduleDescription: (title: string) => `${title}: a Balint Rehearsal session.`,
};
