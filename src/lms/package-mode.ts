/**
 * Whether this page is a package for an LMS, as `lms-hooks.ts` decided before the app mounts. A
 * module of its own so that the app's first chunk can ask without carrying the hooks: they load
 * only on a page that has a course block (`main.ts` looks for the element), so on the PWA the
 * answer is always no and nothing more loads.
 */
import type { ScormCourse } from './course-block';

let course: ScormCourse | undefined;

/** True inside a package for an LMS, of any format (known once `lmsLaunch` has resolved, which is before the app mounts). */
export function inScormPackage(): boolean {
  return course !== undefined;
}

/** The package's course, once launched (undefined outside a package). */
export function packageCourse(): ScormCourse | undefined {
  return course;
}

/** Set by `lmsLaunch` only: the course this page plays, or undefined when it is not a package. */
export function setPackageCourse(value: ScormCourse | undefined): void {
  course = value;
}
