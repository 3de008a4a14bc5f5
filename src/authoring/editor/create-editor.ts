/**
 * The script editor: CodeMirror 6 with line numbers, the format's colouring, the compiler's
 * problems inline (underlined, in the gutter, on hover and in CodeMirror's own list, Ctrl+Shift+M)
 * and undo. Loaded only by the authoring screen, through a dynamic import, so no other screen
 * carries it.
 *
 * It lives in a shadow root of its host element. The app's CSP allows style sheets from its own
 * files only (`style-src 'self'`), and CodeMirror brings its styles at run time: into a document it
 * writes a <style> element, which the policy blocks, but into a shadow root it adopts a constructed
 * style sheet, which the policy leaves alone. The app's colours reach in through its CSS custom
 * properties. Keyboard: Tab indents, so "Escape, then Tab" (CodeMirror's escape hatch) moves focus
 * on; the screen says so beside the editor and the editor's description says it to screen readers.
 */
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, highlightActiveLineGutter, highlightSpecialChars, keymap, lineNumbers } from '@codemirror/view';
import type { Diagnostic } from '../../script/types';
import { toEditorDiagnostics } from './diagnostics';
import { editorTheme, scriptHighlight } from './editor-theme';
import { scriptLanguage } from './script-language';

/** What the authoring screen can do with the editor. */
export interface ScriptEditor {
  /** The text as it stands. */
  text(): string;
  /** Replace the whole text (one undoable step) and clear the problems shown. */
  replaceText(text: string): void;
  /** Show the compiler's problems inline, by line. */
  showProblems(problems: readonly Diagnostic[]): void;
  /** Select a line, scroll it into view and move focus to it. */
  goToLine(line: number): void;
  /** Move focus into the editor. */
  focus(): void;
  /** Remove the editor. */
  destroy(): void;
}

/** How the editor is set up. */
export interface ScriptEditorOptions {
  /** The text it starts with. */
  text: string;
  /** Its accessible name ("Script"). */
  label: string;
  /** What screen readers hear after the name: how to leave it with the keyboard. */
  description: string;
  /** Called after every change of the text. */
  onChange: (text: string) => void;
}

/** Put an editor into `host` (which gets a shadow root). */
export function createScriptEditor(host: HTMLElement, options: ScriptEditorOptions): ScriptEditor {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  root.replaceChildren();
  const description = document.createElement('p');
  description.id = 'script-editor-keys';
  description.hidden = true;
  description.textContent = options.description;
  const parent = document.createElement('div');
  root.append(description, parent);

  const view = new EditorView({
    root,
    parent,
    state: EditorState.create({
      doc: options.text,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        EditorView.lineWrapping,
        scriptLanguage,
        syntaxHighlighting(scriptHighlight),
        lintGutter(),
        editorTheme,
        keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap, indentWithTab]),
        // tabindex: the text is focusable anyway (contenteditable); saying so lets checkers (axe) see
        // that the scrolling area around it can be reached by keyboard.
        EditorView.contentAttributes.of({ 'aria-label': options.label, 'aria-describedby': description.id, tabindex: '0' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });

  return {
    text: () => view.state.doc.toString(),
    replaceText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: 0 }, scrollIntoView: true });
      view.dispatch(setDiagnostics(view.state, []));
    },
    showProblems(problems) {
      view.dispatch(setDiagnostics(view.state, toEditorDiagnostics(view.state.doc, problems)));
    },
    goToLine(line) {
      const at = view.state.doc.line(Math.min(Math.max(1, line), view.state.doc.lines));
      view.dispatch({ selection: { anchor: at.from, head: at.to }, effects: EditorView.scrollIntoView(at.from, { y: 'center' }) });
      view.focus();
    },
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
