/**
 * The id of the course block (see `course-block.ts`). A module of its own so the app's first chunk
 * can look for the element without carrying the block's validator (valibot), which loads only
 * when the element is there, that is, only inside a SCORM package.
 */

/** `id` of the `<script type="application/json">` element that makes an index.html a SCORM package. */
export const COURSE_BLOCK_ID = 'balint-scorm-course';
