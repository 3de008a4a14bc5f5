/**
 * The course block: how a package's `index.html` says "I am a package of these modules for an LMS,
 * in this format" (SCORM 1.2, SCORM 2004 or cmi5).
 * It is a `<script type="application/json" id="balint-scorm-course">` element, JSON data the
 * browser never executes (so the CSP's `script-src 'self'` is untouched), written by the package
 * assembler and read once by `lms-hooks.ts` before the app mounts. Package mode is thus a property
 * of the package's files rather than of a separate build: the LMS package and the PWA share every
 * chunk, and one code path (the assembler) makes packages for the command line and the browser.
 *
 * The reader is strict because what it accepts changes how the app behaves (no service worker, a
 * restricted catalogue, the LMS runtime): a block that is not exactly this shape, is oversized, or
 * names a module this build does not have means "not a package", and the app plays as itself.
 *
 * Versions: 3 (written now) names the package's `format` (`scorm12`, `scorm2004` or `cmi5`), which
 * decides the runtime `lms-hooks.ts` loads, and may ask for a participation score (`score:
 * "participation"`). Version 2 (the same without `format`) was only ever written into SCORM 1.2
 * packages, so it reads as `scorm12`. Version 1 carried an optional `mastery` score for
 * passed/failed; such a block is still read as a SCORM 1.2 package, its mastery ignored (Balint
 * Rehearsal does not grade sessions), so it reports completion only.
 */
import * as v from 'valibot';
import { COURSE_BLOCK_ID } from './course-block-id';
import type { PackageFormat, ScoreMode } from './types';

/** Format version of the block this app writes. */
export const COURSE_VERSION = 3;
/** Longest block text read (a course of 100 modules needs about 8,000 characters). */
const MAX_CHARS = 16_384;
/** Most modules one package may hold. */
export const MAX_COURSE_MODULES = 100;
/** A module id as the compiler allows it (see `src/script/validate.ts`). */
const MODULE_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** A package's course, as its index.html declares it (version 1 and 2 blocks read as this too). */
export interface ScormCourse {
  /** Format version (`COURSE_VERSION`). */
  v: typeof COURSE_VERSION;
  /** Which standard the package follows, so which runtime talks to the LMS. */
  format: PackageFormat;
  /** Module ids in course order, each once (one SCO each). */
  modules: string[];
  /** 'participation' when the package reports a participation score; absent: no score at all. */
  score?: ScoreMode;
}

const Modules = v.pipe(
  v.array(v.pipe(v.string(), v.regex(MODULE_ID))),
  v.minLength(1),
  v.maxLength(MAX_COURSE_MODULES),
  v.check((ids) => new Set(ids).size === ids.length, 'duplicate-module'),
);

/** The package formats a block may name. */
export const PACKAGE_FORMATS = ['scorm12', 'scorm2004', 'cmi5'] as const satisfies readonly PackageFormat[];

const CourseSchema = v.strictObject({
  v: v.literal(COURSE_VERSION),
  format: v.picklist(PACKAGE_FORMATS),
  modules: Modules,
  score: v.optional(v.literal('participation')),
});

/** Version 2, read only: a SCORM 1.2 package (the only kind written then). */
const CourseV2Schema = v.pipe(
  v.strictObject({
    v: v.literal(2),
    modules: Modules,
    score: v.optional(v.literal('participation')),
  }),
  v.transform(({ modules, score }): ScormCourse => ({ v: COURSE_VERSION, format: 'scorm12', modules, ...(score ? { score } : {}) })),
);

/** Version 1, read only: its mastery score is checked as it was written, then dropped. */
const CourseV1Schema = v.pipe(
  v.strictObject({
    v: v.literal(1),
    modules: Modules,
    mastery: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100))),
  }),
  v.transform(({ modules }): ScormCourse => ({ v: COURSE_VERSION, format: 'scorm12', modules })),
);

const AnyCourseSchema = v.union([CourseSchema, CourseV2Schema, CourseV1Schema]);

/** The course in a block's text, or undefined when it is not exactly a course of `known` modules. */
export function parseCourse(text: string | null | undefined, known: (id: string) => boolean = () => true): ScormCourse | undefined {
  if (typeof text !== 'string' || text.length > MAX_CHARS) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const r = v.safeParse(AnyCourseSchema, json);
  if (!r.success || !r.output.modules.every(known)) return undefined;
  return r.output as ScormCourse;
}

/** The course a document declares, if it declares a valid one (see `parseCourse`). */
export function readCourse(doc: Pick<Document, 'getElementById'>, known?: (id: string) => boolean): ScormCourse | undefined {
  const el = doc.getElementById(COURSE_BLOCK_ID);
  if (!el || el.tagName !== 'SCRIPT' || el.getAttribute('type') !== 'application/json') return undefined;
  return parseCourse(el.textContent, known);
}

/** The block's HTML for `course` (throws if the course is not valid). `<` is escaped, so no text can end the element early. */
export function courseBlockHtml(course: ScormCourse): string {
  const r = v.safeParse(CourseSchema, course);
  // An invariant for developers: the assembler checks modules and score before it writes a block.
  if (!r.success) throw new TypeError(`invalid-course: ${r.issues.map((i) => i.path?.map((p) => String(p.key)).join('.') ?? '').join(', ')}`);
  const json = JSON.stringify(r.output).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${COURSE_BLOCK_ID}">${json}</script>`;
}
