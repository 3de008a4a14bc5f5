/**
 * Finds words for people written into TypeScript outside the message catalogue: English
 * sentence-like string literals, and dates or numbers formatted without the reader's locale
 * (`toLocale…String` at all, `Intl.*` without `readerLocale()`). Domain code returns codes and
 * data and the views word them through `src/i18n`, so a second language needs no code change
 * outside the catalogue (issue 12). Components' `<script>` blocks are read the same way (their
 * markup has `hard-coded-text.ts`). Used by `domain-words.test.ts`; exported for its own unit test.
 *
 * What counts as sentence-like (a heuristic, kept simple): the literal's text, with `${…}` taken
 * as a word, has two or more words and at least one common English function word in lower case
 * ("the", "is", "not", "your", …). CSS classes, keys, ids, URLs, error codes and format names have
 * no such word, and arguments of `console.*` (log messages for developers) and literal types are
 * not read.
 */
import ts from 'typescript';

/** One place in a file that words something for a person outside the catalogue. */
export interface DomainWord {
  /** 1-based line. */
  line: number;
  /** `locale`: a date or number formatted without the reader's locale; `sentence`: an English sentence-like literal. */
  rule: 'locale' | 'sentence';
  /** The literal's text, or the call as written (shortened). */
  text: string;
}

/** Lower-case English words that make a literal read as a sentence rather than a code or a class. */
const FUNCTION_WORDS = new Set(
  'the a an is are was were be been not no of to in on for and or but your you this that it its could can cannot has have had with than from by as at any so then there which what when here now yet before after into only more longer shorter should'.split(' '),
);

/** True when `text` reads as English words for a person. */
export function sentenceLike(text: string): boolean {
  const words = text.replace(/\$\{[^}]*\}/g, ' X ').split(/\s+/).filter(Boolean);
  if (words.length < 2) return false;
  const plain = words.map((w) => w.replace(/^[“"‘'(]+|[”"’'),.;:!?…]+$/g, ''));
  return plain.filter((w) => /^[A-Za-z’']+$/.test(w)).length >= 2 && plain.some((w) => FUNCTION_WORDS.has(w));
}

const FORMAT_CALL = /^toLocale(Date|Time)?String$/;
const short = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}…` : s).replace(/\s+/g, ' ');

/** True when the first argument is the reader's locale. */
const readerLocaleFirst = (args: ts.NodeArray<ts.Expression> | undefined) => /^readerLocale\(\)$/.test(args?.[0]?.getText() ?? '');

/** True inside a call of `console.*` (a log message for developers). */
function inConsoleCall(node: ts.Node): boolean {
  for (let n = node.parent; n; n = n.parent) {
    if (ts.isCallExpression(n) && /^console\.\w+$/.test(n.expression.getText())) return true;
    if (ts.isBlock(n) || ts.isSourceFile(n)) return false;
  }
  return false;
}

/** A Svelte component's `<script>` blocks, everything else blanked, so lines stay where they were. */
export function scriptOf(component: string): string {
  let out = '';
  let last = 0;
  for (const m of component.matchAll(/(<script[^>]*>)([\s\S]*?)<\/script>/g)) {
    const start = m.index + m[1]!.length;
    out += component.slice(last, start).replace(/[^\n]/g, ' ') + m[2]!;
    last = start + m[2]!.length;
  }
  return out + component.slice(last).replace(/[^\n]/g, ' ');
}

/** Every finding in one TypeScript source, in order. */
export function domainWords(source: string, fileName = 'file.ts'): DomainWord[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: DomainWord[] = [];
  const at = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && FORMAT_CALL.test(node.expression.name.text))
      found.push({ line: at(node), rule: 'locale', text: short(node.getText(file)) });
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && /^Intl\.\w+$/.test(node.expression.getText(file)) && !readerLocaleFirst(node.arguments))
      found.push({ line: at(node), rule: 'locale', text: short(node.getText(file)) });
    const text = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : ts.isTemplateExpression(node) ? node.getText(file).slice(1, -1) : undefined;
    if (text !== undefined && sentenceLike(text) && !inConsoleCall(node)) found.push({ line: at(node), rule: 'sentence', text: short(text) });
    if (ts.isTemplateExpression(node)) node.templateSpans.forEach((span) => visit(span.expression));
    else ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
