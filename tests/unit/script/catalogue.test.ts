/**
 * Checks across the catalogue (src/script/catalogue.ts), run by the content loader after every
 * script is compiled: module ids, related ids, and patients and props shared by unrelated modules.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCatalogue } from '../../../src/script/catalogue';
import type { ScriptReport } from '../../../src/script/compile';
import { formatDiagnostics, loadContent } from '../../../src/tools/load-content';
import { fixture } from '../compile-fixture';
import { curriculumFixture } from './registry-fixture';

const errors = (reports: ScriptReport[]) => reports.flatMap((r) => r.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`));

describe('catalogue-wide checks', () => {
  it('fails a patient and a prop shared by two unrelated modules, ignoring case and spaces, on the second', () => {
    const reports = [curriculumFixture('standards-shared-patient-a').report, curriculumFixture('standards-shared-patient-b').report];
    checkCatalogue(reports);
    expect(errors(reports)).toEqual([
      'tests/fixtures/standards-shared-patient-b.md:9: patient "MRS KAUR, 60" is also the patient of tests/fixtures/standards-shared-patient-a.md; use another patient, or list the module in "related" if it is the same case',
      'tests/fixtures/standards-shared-patient-b.md:10: prop "A Corridor Clock" is also in tests/fixtures/standards-shared-patient-a.md; use another, or list the module in "related" if it is the same case',
    ]);
  });

  it('lets modules that list each other in related share a patient and props', () => {
    const b = curriculumFixture('standards-shared-patient-b').report;
    b.catalogue.related.push('fixture-shared-a');
    const reports = [curriculumFixture('standards-shared-patient-a').report, b];
    checkCatalogue(reports);
    expect(errors(reports)).toEqual([]);
  });

  it('fails a module id used twice and a related id that does not exist', () => {
    const a = curriculumFixture('standards-shared-patient-a').report;
    const again = curriculumFixture('standards-shared-patient-a').report;
    again.file = 'copy.md';
    again.catalogue.related.push('no-such-module');
    checkCatalogue([a, again]);
    expect(errors([a, again])).toEqual([
      'copy.md:1: module id "fixture-shared-a" is also used by tests/fixtures/standards-shared-patient-a.md',
      'copy.md:1: related module "no-such-module" does not exist',
      'copy.md:9: patient "Mrs Kaur, 60" is also the patient of tests/fixtures/standards-shared-patient-a.md; use another patient, or list the module in "related" if it is the same case',
      'copy.md:10: prop "a corridor clock" is also in tests/fixtures/standards-shared-patient-a.md; use another, or list the module in "related" if it is the same case',
    ]);
  });
});

describe('content loader', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    root = undefined;
  });
  /** A content folder with the real vocabulary and phrase list, the given sessions and people files. */
  const contentWith = (sessions: string[], people: string[]) => {
    root = mkdtempSync(join(tmpdir(), 'balint-content-'));
    mkdirSync(join(root, 'content/sessions'), { recursive: true });
    for (const f of ['vocabulary.yaml', 'style.yaml']) cpSync(join('content', f), join(root, 'content', f));
    for (const s of sessions) writeFileSync(join(root, 'content/sessions', `${s}.md`), fixture(s));
    if (people.length) mkdirSync(join(root, 'content/people'));
    for (const p of people) cpSync(`tests/fixtures/people/${p}.yaml`, join(root, 'content/people', `${p}.yaml`));
    return root;
  };

  it('compiles the sessions with the people registry and checks the catalogue', () => {
    const build = loadContent(contentWith(['standards-shared-patient-a', 'standards-shared-patient-b'], ['thursday-group']));
    expect(build.people.size).toBe(4);
    expect(formatDiagnostics(build)).toEqual([
      'content/sessions/standards-shared-patient-b.md:9: patient "MRS KAUR, 60" is also the patient of content/sessions/standards-shared-patient-a.md; use another patient, or list the module in "related" if it is the same case',
      'content/sessions/standards-shared-patient-b.md:10: prop "A Corridor Clock" is also in content/sessions/standards-shared-patient-a.md; use another, or list the module in "related" if it is the same case',
    ]);
    expect(build.scripts.map((s) => s.id)).toEqual(['fixture-shared-a']);
  });

  it('reads a missing people folder as an empty registry', () => {
    const build = loadContent(contentWith(['standards-minimum'], []));
    expect(build.people.size).toBe(0);
    expect(build.diagnostics).toEqual([]);
    expect(formatDiagnostics(build)[0]).toBe('content/sessions/standards-minimum.md:13: cast member "nadia-roth" is not in the people registry (content/people/)');
  });

  it('reports problems of the registry files with the build', () => {
    const build = loadContent(contentWith(['standards-minimum'], ['thursday-group', 'people-duplicate-name']));
    expect(build.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`)).toEqual([
      'content/people/thursday-group.yaml:6: the name "Owen" is already "owen-baker" (content/people/people-duplicate-name.yaml:4); a name is never two people',
    ]);
    // Files are read in name order, so the second Owen is thursday-group's, and the script that casts him fails.
    expect(formatDiagnostics(build).filter((e) => e.includes('owen-hale'))).toEqual([
      'content/sessions/standards-minimum.md:15: cast member "owen-hale" is not in the people registry (content/people/)',
    ]);
  });
});
