/**
 * Checks across the whole catalogue, which no single script can make on its own: module ids are
 * unique, `related` ids exist, and no two unrelated modules share a patient or a prop (a case
 * belongs to one module, or to modules that play it from different seats and say so in
 * `related`). Patients and props compare case-insensitively, with surrounding spaces ignored.
 */
import type { ScriptReport } from './compile';
import type { Diagnostic } from './types';

/** Diagnostics for the catalogue, each attached to the report of the module it concerns. */
export function checkCatalogue(reports: readonly ScriptReport[]) {
  const add = (r: ScriptReport, line: number, message: string) => r.diagnostics.push({ severity: 'error', file: r.file, line, message } satisfies Diagnostic);
  const ids = new Map<string, ScriptReport>();
  for (const r of reports) {
    const first = ids.get(r.id);
    if (first) add(r, 1, `module id "${r.id}" is also used by ${first.file}`);
    else ids.set(r.id, r);
  }
  for (const r of reports) for (const rel of r.catalogue.related) if (!ids.has(rel)) add(r, 1, `related module "${rel}" does not exist`);

  const related = (a: ScriptReport, b: ScriptReport) => a.catalogue.related.includes(b.id) || b.catalogue.related.includes(a.id);
  const key = (s: string) => s.trim().toLowerCase();
  const patients = new Map<string, ScriptReport>();
  const props = new Map<string, ScriptReport>();
  for (const r of reports) {
    const p = r.catalogue.patient;
    if (p && key(p.value)) {
      const other = patients.get(key(p.value));
      if (other && !related(r, other)) add(r, p.line, `patient "${p.value.trim()}" is also the patient of ${other.file}; use another patient, or list the module in "related" if it is the same case`);
      else if (!other) patients.set(key(p.value), r);
    }
    for (const prop of r.catalogue.props) {
      if (!key(prop.value)) continue;
      const other = props.get(key(prop.value));
      if (other && other !== r && !related(r, other)) add(r, prop.line, `prop "${prop.value.trim()}" is also in ${other.file}; use another, or list the module in "related" if it is the same case`);
      else if (!other) props.set(key(prop.value), r);
    }
  }
}
