/**
 * How the script editor looks: the app's own colours (its CSS custom properties, which reach into
 * the editor's shadow root, so light and dark follow the app), a monospace face, wrapped lines,
 * and one colour per part of the format (script-language.ts). CodeMirror turns these into a
 * constructed style sheet of the shadow root, the only way its styles apply under the app's
 * `style-src 'self'` (create-editor.ts).
 */
import { HighlightStyle } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';

/** Layout and colours of the editor itself. */
export const editorTheme = EditorView.theme({
  '&': { color: 'var(--text)', backgroundColor: 'var(--surface)', border: '1px solid var(--border)', borderRadius: '8px', fontSize: '0.95rem' },
  '&.cm-focused': { outline: '3px solid var(--focus)', outlineOffset: '2px' },
  '.cm-scroller': { fontFamily: "ui-monospace, 'Liberation Mono', monospace", lineHeight: '1.55', maxHeight: '70vh', overflow: 'auto' },
  '.cm-content': { caretColor: 'var(--text)', padding: '0.5rem 0' },
  '.cm-content, .cm-gutter': { minHeight: '18rem' },
  '.cm-gutters': { backgroundColor: 'var(--surface-2)', color: 'var(--muted)', borderRight: '1px solid var(--border)', borderRadius: '8px 0 0 8px' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--accent-soft)', color: 'var(--text)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--text)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection': { backgroundColor: 'var(--accent-soft)' },
  '.cm-tooltip': { backgroundColor: 'var(--surface)', color: 'var(--text)', border: '1px solid var(--border)', borderRadius: '8px' },
  '.cm-diagnostic': { padding: '0.3rem 0.6rem' },
  '.cm-diagnostic-error': { borderLeft: '4px solid var(--danger)' },
  '.cm-diagnostic-warning': { borderLeft: '4px solid var(--warm)' },
  '.cm-panels': { backgroundColor: 'var(--surface)', color: 'var(--text)' },
});

/** A colour per part of the format. */
export const scriptHighlight = HighlightStyle.define([
  { tag: [tags.heading, tags.heading2, tags.heading3], color: 'var(--accent)', fontWeight: '700' },
  { tag: tags.heading4, color: 'var(--warm)', fontWeight: '700' },
  { tag: tags.meta, color: 'var(--muted)', fontWeight: '700' },
  { tag: tags.propertyName, color: 'var(--warm)', fontWeight: '600' },
  { tag: tags.keyword, color: 'var(--accent)', fontStyle: 'italic' },
  { tag: tags.labelName, color: 'var(--inner)', fontWeight: '700' },
  { tag: tags.link, color: 'var(--accent)', textDecoration: 'underline' },
  { tag: tags.comment, color: 'var(--muted)', fontStyle: 'italic' },
]);
