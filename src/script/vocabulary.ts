/**
 * Reads `content/vocabulary.yaml`, the single declaration of competency, rule and challenge ids.
 * Checked like a script: a malformed vocabulary fails the build with file:line messages.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { Diagnostic, Vocabulary } from './types';

/** Parse and check the vocabulary file; never throws. */
export function parseVocabulary(text: string, file: string): { vocabulary: Vocabulary; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const vocabulary: Vocabulary = { competencies: [], rules: [], challenges: [] };
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  for (const e of doc.errors) diagnostics.push({ severity: 'error', file, line: counter.linePos(e.pos[0]).line, message: e.message.split('\n')[0]! });
  if (doc.errors.length) return { vocabulary, diagnostics };
  const data = doc.toJSON() as Record<string, unknown> | null;
  const lineOf = (needle: string) => {
    const i = text.split('\n').findIndex((l) => l.includes(needle));
    return i < 0 ? 1 : i + 1;
  };
  for (const key of ['competencies', 'rules', 'challenges'] as const) {
    const items = data?.[key];
    if (!Array.isArray(items)) {
      diagnostics.push({ severity: 'error', file, line: 1, message: `vocabulary needs a "${key}" list` });
      continue;
    }
    const seen = new Set<string>();
    for (const item of items as Record<string, unknown>[]) {
      const id = String(item?.id ?? '');
      const line = lineOf(`id: ${id}`);
      if (!/^[a-z][a-z0-9-]*$/.test(id) || typeof item.label !== 'string' || typeof item.description !== 'string') {
        diagnostics.push({ severity: 'error', file, line, message: `each ${key} entry needs id, label and description` });
        continue;
      }
      if (seen.has(id)) diagnostics.push({ severity: 'error', file, line, message: `duplicate ${key} id "${id}"` });
      seen.add(id);
      if (key === 'competencies') {
        const audience = item.audience;
        if (!Array.isArray(audience) || !audience.every((a) => a === 'leader' || a === 'member')) {
          diagnostics.push({ severity: 'error', file, line, message: `competency "${id}" needs audience [leader] and/or [member]` });
          continue;
        }
        vocabulary.competencies.push({ id, label: item.label, description: item.description, audience });
      } else vocabulary[key].push({ id, label: item.label, description: item.description });
    }
  }
  return { vocabulary, diagnostics };
}
