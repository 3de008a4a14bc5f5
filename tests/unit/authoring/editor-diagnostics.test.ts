/** The compiler's problems become editor diagnostics that underline their whole line. */
import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { toEditorDiagnostics } from '../../../src/authoring/editor/diagnostics';

const doc = Text.of(['---', 'id: mine', '---', '', '### Scne: ask']);
const problem = (line: number) => ({ severity: 'error' as const, file: 'mine.md', line, message: 'something is wrong' });

describe('problems in the editor', () => {
  it('underlines the whole line a problem names, and says its line', () => {
    expect(toEditorDiagnostics(doc, [problem(5)])).toEqual([{ from: 18, to: 31, severity: 'error', message: 'Line 5: something is wrong' }]);
  });

  it('puts a problem past the end of a text that has since got shorter on the last line', () => {
    expect(toEditorDiagnostics(doc, [problem(212)])[0]).toMatchObject({ from: 18, to: 31, message: 'Line 5: something is wrong' });
  });

  it('marks an empty line at its start', () => {
    expect(toEditorDiagnostics(doc, [problem(4)])[0]).toMatchObject({ from: 17, to: 17 });
  });
});
