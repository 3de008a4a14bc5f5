/** Text and identifiers for the XML manifests (SCORM 1.2, SCORM 2004, cmi5). */

/** Escape text for XML content and attribute values. */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** An xs:ID-safe identifier (letters, digits, '-', '_', '.'), starting with a letter. */
export function xmlId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9._-]/g, '_')}`;
}

/** `<file href="…"/>` lines for `list`, each indented by `indent`. */
export function fileLines(list: readonly string[], indent: string): string {
  return list.map((f) => `${indent}<file href="${xmlEscape(f)}"/>`).join('\n');
}
