/**
 * The compiler's problems (one per `file:line`) as CodeMirror diagnostics: each underlines the
 * whole of its line, so the editor can show it inline and in the gutter. A line past the end of
 * the text (it changed since it was checked) is clamped to the last line.
 */
import type { Diagnostic as EditorDiagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import type { Diagnostic } from '../../script/types';

/** Diagnostics for `doc`, in the compiler's order. */
export function toEditorDiagnostics(doc: Text, problems: readonly Diagnostic[]): EditorDiagnostic[] {
  return problems.map((p) => {
    const line = doc.line(Math.min(Math.max(1, Math.trunc(p.line) || 1), doc.lines));
    return { from: line.from, to: line.to, severity: p.severity, message: `Line ${line.number}: ${p.message}` };
  });
}
