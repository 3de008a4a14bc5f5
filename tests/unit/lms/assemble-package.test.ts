/**
 * The package assembler shared by the instructor view and `npm run export:scorm`, on a small
 * made-up build: what goes into the zip, the manifest, the rewritten launch page (read back by the
 * same reader lms-hooks uses), errors, and byte-for-byte determinism.
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { assemblePackage, packagePage, type AssembleInput } from '../../../src/lms/package/assemble-package';
import { PackageProblem } from '../../../src/lms/package/package-problem';
import { readCourse } from '../../../src/lms/course-block';
import type { ScormKit } from '../../../src/lms/package/scorm-kit';

const CP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
const ADL = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <title>Balint Rehearsal</title>
    <script type="module" crossorigin src="./assets/index-1.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-2.css">
  <link rel="manifest" href="./manifest.webmanifest"></head>
  <body><div id="app"></div></body>
</html>
`;
const kit: ScormKit = {
  v: 1,
  launch: 'index.html',
  player: ['assets/catalog-3.js', 'assets/index-1.js', 'assets/index-2.css', 'favicon.svg', 'index.html'],
  modules: [
    { id: 'rule-honesty', title: 'Ground rule: honesty', hash: '0123456789abcdef', chunk: 'assets/rule-honesty-4.js' },
    { id: 'first-group', title: 'Your first group', hash: '1123456789abcdef', chunk: 'assets/first-group-5.js' },
    { id: 'when-it-hurts', title: 'When it hurts', hash: '2123456789abcdef', chunk: 'assets/when-it-hurts-6.js' },
  ],
};
const files: Record<string, string> = {
  'index.html': INDEX,
  'assets/index-1.js': 'console.log("app")',
  'assets/index-2.css': 'body{}',
  'assets/catalog-3.js': 'export const c=1',
  'favicon.svg': '<svg/>',
  'assets/rule-honesty-4.js': 'export default 4',
  'assets/first-group-5.js': 'export default 5',
  'assets/when-it-hurts-6.js': 'export default 6',
};
const reads: string[] = [];
const read = async (path: string) => {
  reads.push(path);
  if (!(path in files)) throw new Error(`no file ${path}`);
  return strToU8(files[path]!);
};
const input = (o: Partial<AssembleInput> = {}): AssembleInput => ({ kit: structuredClone(kit), modules: ['first-group', 'rule-honesty'], read, ...o });
const xml = (text: string) => {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
};

describe('assemblePackage', () => {
  it('zips the manifest at the root, the player and only the chosen modules\' chunks', async () => {
    reads.length = 0;
    const pkg = await assemblePackage(input());
    const zip = unzipSync(pkg.zip);
    expect(pkg.files).toEqual(['imsmanifest.xml', 'assets/catalog-3.js', 'assets/first-group-5.js', 'assets/index-1.js', 'assets/index-2.css', 'assets/rule-honesty-4.js', 'favicon.svg', 'index.html']);
    expect(Object.keys(zip).sort()).toEqual([...pkg.files].sort());
    expect(reads.sort()).toEqual(pkg.files.slice(1).sort());
    expect(Object.keys(zip).some((n) => n.includes('when-it-hurts'))).toBe(false);
    expect(strFromU8(zip['assets/first-group-5.js']!)).toBe('export default 5');
    expect(strFromU8(zip['imsmanifest.xml']!)).toBe(pkg.manifest);
  });

  it('writes a well-formed manifest: one SCO per module in course order, each with its own chunk, the rest shared', async () => {
    const pkg = await assemblePackage(input({ score: 'participation', title: 'Week 1 & <2>' }));
    const doc = xml(pkg.manifest);
    expect(doc.documentElement.getAttribute('identifier')).toMatch(/^balint-rehearsal-[0-9a-f]{16}$/);
    expect(doc.getElementsByTagNameNS(CP, 'title')[0]!.textContent).toBe('Week 1 & <2>');
    const items = [...doc.getElementsByTagNameNS(CP, 'item')];
    expect(items.map((i) => i.getElementsByTagNameNS(CP, 'title')[0]!.textContent)).toEqual(['Your first group', 'Ground rule: honesty']);
    // No mastery score, with or without a participation score: the LMS never turns a score into passed/failed.
    expect(doc.getElementsByTagNameNS(ADL, 'masteryscore')).toHaveLength(0);
    expect(pkg.manifest).not.toContain('masteryscore');
    const resources = new Map([...doc.getElementsByTagNameNS(CP, 'resource')].map((r) => [r.getAttribute('identifier'), r]));
    const filesOf = (id: string) => [...resources.get(id)!.getElementsByTagNameNS(CP, 'file')].map((f) => f.getAttribute('href'));
    expect(resources.get('RES-first-group')!.getAttribute('href')).toBe('index.html?module=first-group');
    expect(resources.get('RES-first-group')!.getAttributeNS(ADL, 'scormtype')).toBe('sco');
    expect(filesOf('RES-first-group')).toEqual(['index.html', 'assets/first-group-5.js']);
    expect(filesOf('RES-rule-honesty')).toEqual(['index.html', 'assets/rule-honesty-4.js']);
    expect(filesOf('RES-player')).toEqual(['assets/catalog-3.js', 'assets/index-1.js', 'assets/index-2.css', 'favicon.svg']);
    // Every file in the zip is listed, and every listed file is in the zip.
    const listed = new Set([...doc.getElementsByTagNameNS(CP, 'file')].map((f) => f.getAttribute('href')));
    expect([...listed].sort()).toEqual(pkg.files.filter((f) => f !== 'imsmanifest.xml').sort());
  });

  it('rewrites index.html to carry the course block (read back by lms-hooks\' reader) and no web app manifest link', async () => {
    const pkg = await assemblePackage(input({ score: 'participation' }));
    const html = strFromU8(unzipSync(pkg.zip)['index.html']!);
    expect(html).not.toContain('manifest.webmanifest');
    expect(html).toContain('<script type="module" crossorigin src="./assets/index-1.js"></script>');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const course = readCourse(doc, (id) => kit.modules.some((m) => m.id === id));
    expect(course).toEqual({ v: 3, format: 'scorm12', modules: ['first-group', 'rule-honesty'], score: 'participation' });
    const plain = await assemblePackage(input());
    expect(plain.course).toEqual({ v: 3, format: 'scorm12', modules: ['first-group', 'rule-honesty'] });
    expect(pkg.course).toEqual(course);
    expect(doc.head.lastElementChild?.id).toBe('balint-scorm-course');
    expect(() => packagePage(html, pkg.course)).toThrow(new PackageProblem({ code: 'page-already-package' }));
    expect(() => packagePage('<html><body></body></html>', pkg.course)).toThrow(new PackageProblem({ code: 'page-no-head' }));
  });

  it('titles the course from the one module, else "Balint Rehearsal", unless a title is given', async () => {
    expect((await assemblePackage(input({ modules: ['when-it-hurts'] }))).title).toBe('When it hurts');
    expect((await assemblePackage(input())).title).toBe('Balint Rehearsal');
    expect((await assemblePackage(input({ title: '  Week 1 ' }))).title).toBe('Week 1');
    expect((await assemblePackage(input({ title: '   ' }))).title).toBe('Balint Rehearsal');
  });

  it('gives the same bytes for the same input, and a stable identifier for the same modules and content', async () => {
    const a = await assemblePackage(input({ score: 'participation' }));
    const b = await assemblePackage(input({ score: 'participation' }));
    expect(Buffer.from(b.zip).equals(Buffer.from(a.zip))).toBe(true);
    const other = await assemblePackage(input({ modules: ['rule-honesty', 'first-group'] }));
    expect(Buffer.from(other.zip).equals(Buffer.from(a.zip))).toBe(false);
    const id = (m: string) => xml(m).documentElement.getAttribute('identifier');
    expect(id(b.manifest)).toBe(id(a.manifest));
    const changed = structuredClone(kit);
    changed.modules[1]!.hash = 'ffffffffffffffff';
    expect(id((await assemblePackage(input({ kit: changed, score: 'participation' }))).manifest)).not.toBe(id(a.manifest));
  });

  it('drops repeated modules and reports progress per file', async () => {
    const progress: [number, number][] = [];
    const pkg = await assemblePackage(input({ modules: ['first-group', 'first-group'], onProgress: (d, t) => progress.push([d, t]) }));
    expect(pkg.course.modules).toEqual(['first-group']);
    expect(progress).toHaveLength(pkg.files.length - 1);
    expect(progress.at(-1)).toEqual([pkg.files.length - 1, pkg.files.length - 1]);
  });

  it('names unknown module ids, and refuses no modules, an unknown score mode, a damaged kit and a failed read', async () => {
    const refused = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => (e instanceof PackageProblem ? e.problem : e));
    const invalid = (issue: string) => ({ code: 'kit-invalid', file: 'scorm-kit.json', issue });
    expect(await refused(assemblePackage(input({ modules: ['first-group', 'nope', 'nada'] })))).toEqual({ code: 'unknown-modules', unknown: ['nope', 'nada'], known: ['rule-honesty', 'first-group', 'when-it-hurts'] });
    expect(await refused(assemblePackage(input({ modules: [] })))).toEqual({ code: 'no-modules' });
    expect(await refused(assemblePackage(input({ score: 'graded' as never })))).toEqual({ code: 'unknown-score', score: 'graded' });
    expect(await refused(assemblePackage(input({ kit: { ...kit, v: 2 } })))).toEqual(invalid('kit-version'));
    expect(await refused(assemblePackage(input({ kit: { ...kit, player: ['../etc/passwd', 'index.html'] } })))).toEqual(invalid('path-not-plain'));
    expect(await refused(assemblePackage(input({ kit: { ...kit, player: ['__proto__/x.js', 'index.html'] } })))).toEqual(invalid('path-leaves-app'));
    expect(await refused(assemblePackage(input({ kit: { ...kit, player: ['favicon.svg'] } })))).toEqual({ code: 'kit-no-launch', file: 'scorm-kit.json', launch: 'index.html' });
    expect(await refused(assemblePackage(input({ kit: null })))).toEqual(invalid('shape'));
    await expect(assemblePackage(input({ read: async () => Promise.reject(new Error('disk on fire')) }))).rejects.toThrow('disk on fire');
  });
});
