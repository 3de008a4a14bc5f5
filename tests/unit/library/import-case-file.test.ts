/** Importing case files into the library: the one path every import takes (src/library). */
import { describe, expect, it } from 'vitest';
import { importCaseFile, MAX_CASE_FILES, replaceCaseFile } from '../../../src/library/import-case-file';
import { MAX_CASE_FILE_BYTES } from '../../../src/library/read-case-file';
import { hasCaseFile } from '../../../src/library/has-case-file';
import { MAX_SCRIPT_BYTES } from '../../../src/authoring/compile-in-browser';
import { MAX_LIBRARY_SCRIPTS, MAX_LIBRARY_SOURCE_BYTES } from '../../../src/storage/library-checks';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import { fixture } from '../compile-fixture';
import { htmlProblems } from '../security/html-contract';
import { scriptHtml } from '../script-html';
import { loadLibraryScript } from '../../../src/library/load-any-script';
import { MAX_SCENES } from '../../../src/script/limits';
import { aliasedAnchor, sceneChain } from '../security/hostile-scripts';
import { expectOwnWords } from '../security/own-words';
import { m } from '../../../src/i18n/messages';
import type { ImportOutcome } from '../../../src/library/types';

const file = (name: string, body: BlobPart) => new File([body], name, { type: 'text/markdown' });
const text = (name: string, fileName = `${name}.md`) => ({ source: fixture(name), fileName });
/** A refusal's problems as the learner reads them. */
const worded = (r: ImportOutcome) => (r.kind === 'refused' ? r.problems.map((p) => m.caseFileProblems.text(r.fileName, p)) : []);


describe('importing a case file', () => {
  it('adds a valid file to the library with its id, hash, title and exact source', async () => {
    const repo = new MemoryRepository();
    const r = await importCaseFile(repo, file('branching.md', fixture('branching')), new Date('2026-12-01T10:00:00Z'));
    expect(r).toMatchObject({ kind: 'added', fileName: 'branching.md', record: { id: 'fixture-branching', title: 'Branching fixture', fileName: 'branching.md', addedAt: '2026-12-01T10:00:00.000Z' } });
    const stored = await repo.getLibraryScript('fixture-branching');
    expect(stored?.source).toBe(fixture('branching'));
    expect(stored?.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('accepts text with a file name as well as a file', async () => {
    const r = await importCaseFile(new MemoryRepository(), text('branching', 'pasted.md'));
    expect(r).toMatchObject({ kind: 'added', fileName: 'pasted.md' });
  });

  it('refuses a file over 512 KB before reading it', async () => {
    const big = file('huge.md', new Uint8Array(MAX_CASE_FILE_BYTES + 1));
    let read = false;
    big.arrayBuffer = async () => {
      read = true;
      return new ArrayBuffer(0);
    };
    const repo = new MemoryRepository();
    const r = await importCaseFile(repo, big);
    expect(r).toEqual({ kind: 'refused', fileName: 'huge.md', problems: [{ code: 'too-large', bytes: MAX_CASE_FILE_BYTES + 1, limit: MAX_CASE_FILE_BYTES }] });
    expect(worded(r)).toEqual(['huge.md: the file is 513 KB; case files are limited to 512 KB']);
    expect(read).toBe(false);
    expect(await repo.listLibrary()).toEqual([]);
  });

  it('uses the same size limit as the authoring screen and the stored record', () => {
    expect(MAX_CASE_FILE_BYTES).toBe(MAX_SCRIPT_BYTES);
    expect(MAX_CASE_FILE_BYTES).toBe(MAX_LIBRARY_SOURCE_BYTES);
    expect(MAX_CASE_FILES).toBe(MAX_LIBRARY_SCRIPTS);
  });

  it('refuses a file that is not UTF-8', async () => {
    const r = await importCaseFile(new MemoryRepository(), file('latin1.md', new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0xff, 0xfe])));
    expect(r).toMatchObject({ kind: 'refused', fileName: 'latin1.md' });
    expect(worded(r)).toEqual([expect.stringMatching(/^latin1\.md: the file is not UTF-8 text/)]);
  });

  it('refuses a case file whose title holds a right-to-left override, naming the line', async () => {
    const repo = new MemoryRepository();
    const source = fixture('branching').replace(/^title: .*$/m, 'title: "Safe \u202Eelif_live"');
    const r = await importCaseFile(repo, { source, fileName: 'rtl.md' });
    expect(worded(r)).toEqual([expect.stringMatching(/^rtl\.md:\d+: the title holds control, direction-changing or invisible characters/)]);
    expect(await repo.listLibrary()).toEqual([]);
  });

  it('keeps a file name without control or direction characters', async () => {
    const r = await importCaseFile(new MemoryRepository(), { source: fixture('branching'), fileName: 'case\u202E\u0000dm.md' });
    expect(r).toMatchObject({ kind: 'added', fileName: 'casedm.md', record: { fileName: 'casedm.md' } });
  });

  it('says a UTF-16 file was saved as UTF-16', async () => {
    const r = await importCaseFile(new MemoryRepository(), file('wide.md', new Uint8Array([0xff, 0xfe, 0x2d, 0x00, 0x2d, 0x00, 0x2d, 0x00])));
    expect(worded(r)).toEqual([expect.stringMatching(/^wide\.md: the file is not UTF-8 text \(it was saved as UTF-16\)/)]);
  });

  it('reports every compile error as file:line: message and stores nothing', async () => {
    const repo = new MemoryRepository();
    const source = fixture('library-broken');
    const line = (s: string) => source.split('\n').findIndex((l) => l.includes(s)) + 1;
    const r = await importCaseFile(repo, file('library-broken.md', source));
    expect(r.kind).toBe('refused');
    if (r.kind !== 'refused') return;
    expect(worded(r)).toEqual(
      expect.arrayContaining([
        `library-broken.md:${line('#nowhere')}: choice "protect" goes to unknown scene "nowhere"`,
        expect.stringMatching(new RegExp(`^library-broken\\.md:${line('no-such-competency')}: .*no-such-competency`)),
      ]),
    );
    expect(worded(r).every((p) => /^library-broken\.md:\d+: /.test(p))).toBe(true);
    expect(await repo.listLibrary()).toEqual([]);
  });

  it("refuses a built-in module's id, naming the id line and how to fix it", async () => {
    const repo = new MemoryRepository();
    const source = fixture('library-built-in-id');
    const idLine = source.split('\n').indexOf('id: first-group') + 1;
    const r = await importCaseFile(repo, file('mine.md', source));
    expect(r).toEqual({ kind: 'refused', fileName: 'mine.md', problems: [{ code: 'built-in-id', line: idLine, id: 'first-group' }] });
    expect(worded(r)).toEqual([`mine.md:${idLine}: "first-group" is the id of a module built into Balint Rehearsal, so this file cannot be added; change \`id:\` in the file to an id of your own (for example "first-group-own") and import it again`]);
    expect(await repo.listLibrary()).toEqual([]);
  });

  it('changes nothing when the same file is imported twice', async () => {
    const repo = new MemoryRepository();
    const first = await importCaseFile(repo, text('branching'), new Date('2026-12-01T10:00:00Z'));
    const second = await importCaseFile(repo, text('branching', 'copy.md'), new Date('2026-12-02T10:00:00Z'));
    expect(second).toMatchObject({ kind: 'unchanged', fileName: 'copy.md', record: first.kind === 'added' ? first.record : {} });
    expect(await repo.listLibrary()).toEqual([first.kind === 'added' && first.record]);
  });

  it('detects a new version of a stored file and stores it only once the learner agrees', async () => {
    const repo = new MemoryRepository();
    const v1 = await importCaseFile(repo, text('branching'), new Date('2026-12-01T10:00:00Z'));
    const v2 = await importCaseFile(repo, text('library-branching-v2'), new Date('2026-12-05T10:00:00Z'));
    expect(v2.kind).toBe('other-version');
    if (v1.kind !== 'added' || v2.kind !== 'other-version') return;
    expect(v2.existing).toEqual(v1.record);
    expect(v2.record.hash).not.toBe(v1.record.hash);
    expect((await repo.getLibraryScript('fixture-branching'))?.hash).toBe(v1.record.hash);

    const replaced = await replaceCaseFile(repo, v2);
    expect(replaced).toMatchObject({ kind: 'replaced', previous: v1.record });
    expect(await repo.getLibraryScript('fixture-branching')).toMatchObject({
      hash: v2.record.hash,
      source: fixture('library-branching-v2'),
      addedAt: '2026-12-01T10:00:00.000Z',
      updatedAt: '2026-12-05T10:00:00.000Z',
    });
  });

  it('keeps hostile markup inert: every HTML string of the compiled case file passes the sanitiser contract', async () => {
    const repo = new MemoryRepository();
    const r = await importCaseFile(repo, text('library-hostile'));
    expect(r.kind).toBe('added');
    if (r.kind !== 'added') return;
    expect(r.record.title).toBe('<img src=x onerror=alert(1)> Hostile case');
    const script = await loadLibraryScript(r.record);
    const html = scriptHtml(script).map((x) => x.html);
    expect(html.join('')).toContain('Why didn'); // the text itself survives
    expect(html.flatMap(htmlProblems)).toEqual([]);
    expect(html.join('')).not.toMatch(/<script|<iframe|<svg|<img|<form|onerror|onload|onclick|onmouseover|javascript:/i);
  });

  it('answers whether the library holds case file <id> with hash <h>', async () => {
    const repo = new MemoryRepository();
    const r = await importCaseFile(repo, text('branching'));
    if (r.kind !== 'added') throw new Error(r.kind);
    expect(await hasCaseFile(repo, 'fixture-branching', r.record.hash)).toBe(true);
    expect(await hasCaseFile(repo, 'fixture-branching', '0000000000000000')).toBe(false);
    expect(await hasCaseFile(repo, 'not-there', r.record.hash)).toBe(false);
  });
});

describe('hostile case files (issue 15)', () => {
  it('refuses an 11,500-scene chain with the scene limit, never blaming the browser\'s storage', async () => {
    const repo = new MemoryRepository();
    const r = await importCaseFile(repo, { source: sceneChain(11_500), fileName: 'chain.md' });
    expect(r).toMatchObject({ kind: 'refused', fileName: 'chain.md' });
    expect(worded(r)).toEqual([expect.stringMatching(new RegExp(`^chain\\.md:\\d+: the script has more than ${MAX_SCENES} scenes and endings, the limit for one script; split it into several case files or shorten it$`))]);
    expect(await repo.listLibrary()).toEqual([]);
  });

  it('refuses a 400 KB YAML anchor aliased 99 times, naming the front matter limit', async () => {
    const r = await importCaseFile(new MemoryRepository(), { source: aliasedAnchor(400, 99), fileName: 'laughs.md' });
    expect(worded(r)).toEqual([expect.stringMatching(/^laughs\.md:1: the front matter is [\d,]+ characters long; the limit is 65,536, /)]);
  });

  it('refuses a case file that lists a competency twice, so it never reaches a view', async () => {
    const r = await importCaseFile(new MemoryRepository(), { source: fixture('validate-duplicate-competency'), fileName: 'twice.md' });
    expect(worded(r)).toEqual(['twice.md:9: "competencies" lists "protect-presenter" twice (first at line 9); list each once']);
  });

  it('refuses a case file whose climate starts at .nan', async () => {
    const r = await importCaseFile(new MemoryRepository(), { source: fixture('validate-climate-start-nan'), fileName: 'nan.md' });
    expect(worded(r)).toEqual(['nan.md:13: climate "start" must be a number from 0 to 100']);
  });

  it('says every refusal in the app\'s words', async () => {
    const messages: string[] = [];
    for (const source of [sceneChain(11_500), aliasedAnchor(400, 99), fixture('limits-condition-too-deep'), fixture('limits-markdown-too-deep'), '---\ny: *undefined\n---\n'])
      messages.push(...worded(await importCaseFile(new MemoryRepository(), { source, fileName: 'h.md' })));
    expect(messages.length).toBeGreaterThanOrEqual(5);
    expectOwnWords(messages);
  });
});

