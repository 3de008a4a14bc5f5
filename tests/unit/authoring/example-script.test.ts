/**
 * "Start from the example": the script the app loads is the README's annotated example, exactly,
 * and it compiles with no problem, so a hosted author starts from a script that works.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_FILE_NAME, EXAMPLE_SCRIPT, exampleFrom } from '../../../src/authoring/example-script';
import { compileText } from '../compile-fixture';

describe('the example script', () => {
  it('is the annotated example of content/README.md, exactly', () => {
    const readme = readFileSync('content/README.md', 'utf8');
    const block = /^````markdown\n([\s\S]*?)^````$/m.exec(readme)?.[1];
    expect(block).toBeTruthy();
    expect(EXAMPLE_SCRIPT).toBe(block);
  });

  it('compiles with no problem, under the name it opens with', () => {
    const result = compileText(EXAMPLE_SCRIPT, EXAMPLE_FILE_NAME);
    expect(result.report.diagnostics).toEqual([]);
    expect(`${result.script?.id}.md`).toBe(EXAMPLE_FILE_NAME);
  });

  it('is empty when a README has no example block, rather than some other text', () => {
    expect(exampleFrom('# A README\n\n```markdown\nnot the example\n```\n')).toBe('');
  });
});
