/**
 * The annotated example of `content/README.md`, for "Start from the example": a hosted author
 * cannot reach the README, so the app carries its example (read from the README when the app is
 * built, so the two cannot differ; the test suite compiles it). Loaded with the authoring screen only.
 */
import readme from '../../content/README.md?raw';

/** The first ````markdown block of the README: the complete, annotated example. */
export function exampleFrom(markdown: string): string {
  const m = /^````markdown\n([\s\S]*?)^````$/m.exec(markdown.replace(/\r\n?/g, '\n'));
  return m?.[1] ?? '';
}

/** The example script. */
export const EXAMPLE_SCRIPT = exampleFrom(readme);

/** The file name the example opens under (its id, as a downloaded case file would be named). */
export const EXAMPLE_FILE_NAME = 'example-the-late-patient.md';
