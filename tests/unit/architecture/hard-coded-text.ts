/**
 * Finds user-facing text written straight into a Svelte component's markup: text between tags and
 * literal values of attributes a person reads or hears (aria-label, title, placeholder, alt,
 * aria-description, label). Expressions (`{…}`), scripts and styles are ignored, so text that comes
 * from the message catalogue passes. Used by the i18n test; exported for its own unit test.
 */
const READ_ATTRS = /\s(aria-label|aria-description|aria-roledescription|title|placeholder|alt|label)="([^"{}]*[A-Za-z]{2,}[^"{}]*)"/g;

/** Strip `{…}` expressions (nested braces included) from markup. */
function stripExpressions(markup: string): string {
  let out = '';
  let depth = 0;
  for (const ch of markup) {
    if (ch === '{') depth++;
    else if (ch === '}' && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}

/** Hard-coded user-facing text in one component's source: one entry per finding. */
export function hardCodedText(source: string): string[] {
  const markup = source.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<style[\s\S]*?<\/style>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  const found: string[] = [];
  for (const m of markup.matchAll(READ_ATTRS)) if (!/^(button|submit|text|url|checkbox|radio|file|search|polite|assertive)$/.test(m[2]!)) found.push(`${m[1]}="${m[2]}"`);
  const text = stripExpressions(markup.replace(READ_ATTRS, ' '));
  for (const m of text.matchAll(/>([^<]*)</g)) {
    const t = m[1]!.replace(/&[a-z]+;|&#\d+;/g, ' ').trim();
    if (/[A-Za-z]{2,}/.test(t)) found.push(t.replace(/\s+/g, ' '));
  }
  return found;
}
