/**
 * Reads `content/vocabulary.yaml`, the single declaration of competency, rule, challenge and
 * ending-kind ids. Checked like a script: a malformed vocabulary fails the build with file:line
 * messages.
 */
import type { Diagnostic, Vocabulary } from './types';
import { listItems, readYamlMap } from './yaml-map';

const LISTS = ['competencies', 'rules', 'challenges', 'endingKinds'] as const;

/** Parse and check the vocabulary file; never throws. */
export function parseVocabulary(text: string, file: string): { vocabulary: Vocabulary; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const err = (line: number, message: string) => diagnostics.push({ severity: 'error', file, line, message });
  const vocabulary: Vocabulary = { competencies: [], rules: [], challenges: [], endingKinds: [] };
  const data = readYamlMap(text, 1, 'vocabulary', err);
  if (!data) return { vocabulary, diagnostics };
  for (const key of LISTS) {
    const items = listItems(data[key]);
    if (!items) {
      err(data[key]?.line ?? 1, `vocabulary needs a "${key}" list`);
      continue;
    }
    const seen = new Set<string>();
    for (const { value, line } of items) {
      const item = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
      const id = String(item.id ?? '');
      if (!/^[a-z][a-z0-9-]*$/.test(id) || typeof item.label !== 'string' || typeof item.description !== 'string') {
        err(line, `each ${key} entry needs id, label and description`);
        continue;
      }
      if (seen.has(id)) err(line, `duplicate ${key} id "${id}"`);
      seen.add(id);
      if (key === 'competencies') {
        const audience = item.audience;
        if (!Array.isArray(audience) || !audience.every((a) => a === 'leader' || a === 'member')) {
          err(line, `competency "${id}" needs audience [leader] and/or [member]`);
          continue;
        }
        vocabulary.competencies.push({ id, label: item.label, description: item.description, audience });
      } else vocabulary[key].push({ id, label: item.label, description: item.description });
    }
  }
  return { vocabulary, diagnostics };
}
