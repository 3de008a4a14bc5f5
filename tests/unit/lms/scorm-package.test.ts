/**
 * The package exporter without running a build: the manifest (parsed as XML), the SCORM kit the
 * build writes, argument parsing, and the exit code for an unknown module id.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Rolldown } from 'vite';
import { buildManifest } from '../../../src/lms/package/manifest';
import { xmlEscape, xmlId } from '../../../src/lms/package/xml';
import { kitOf } from '../../../src/tools/scorm/scorm-kit-plugin';
import { parseExportArgs } from '../../../src/tools/export-scorm';

const CP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
const ADL = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('imsmanifest.xml', () => {
  const xml = buildManifest({
    identifier: 'balint-rehearsal-0123',
    title: 'Ground rules & <friends> "quoted"',
    launch: 'index.html',
    modules: [
      { id: 'rule-honesty', title: 'Honesty', files: ['assets/rule-honesty-a.js'] },
      { id: 'first-group', title: 'First group', files: ['assets/first-group-b.js'] },
    ],
    sharedFiles: ['index.html', 'assets/index-c.js', 'favicon.svg'],
  });
  const doc = parse(xml);

  it('is SCORM 1.2: IMS CP 1.1.2 and ADL namespaces, schema 1.2, schema locations', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(doc.documentElement.namespaceURI).toBe(CP);
    expect(doc.documentElement.getAttribute('identifier')).toBe('balint-rehearsal-0123');
    const location = doc.documentElement.getAttribute('xsi:schemaLocation')!;
    for (const xsd of ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd']) expect(location).toContain(xsd);
    expect(doc.getElementsByTagNameNS(CP, 'schema')[0]?.textContent).toBe('ADL SCORM');
    expect(doc.getElementsByTagNameNS(CP, 'schemaversion')[0]?.textContent).toBe('1.2');
  });

  it('has one organization with one item per module, each a SCO launching its module', () => {
    const orgs = doc.getElementsByTagNameNS(CP, 'organization');
    expect(orgs).toHaveLength(1);
    expect(doc.getElementsByTagNameNS(CP, 'organizations')[0]!.getAttribute('default')).toBe(orgs[0]!.getAttribute('identifier'));
    const items = [...doc.getElementsByTagNameNS(CP, 'item')];
    expect(items.map((i) => i.getAttribute('identifierref'))).toEqual(['RES-rule-honesty', 'RES-first-group']);
    const resources = new Map([...doc.getElementsByTagNameNS(CP, 'resource')].map((r) => [r.getAttribute('identifier'), r]));
    for (const [i, id] of ['rule-honesty', 'first-group'].entries()) {
      const r = resources.get(items[i]!.getAttribute('identifierref'))!;
      expect(r.getAttributeNS(ADL, 'scormtype')).toBe('sco');
      expect(r.getAttribute('type')).toBe('webcontent');
      expect(r.getAttribute('href')).toBe(`index.html?module=${id}`);
      expect([...r.getElementsByTagNameNS(CP, 'file')].map((f) => f.getAttribute('href'))).toContain('index.html');
      expect(r.getElementsByTagNameNS(CP, 'dependency')[0]!.getAttribute('identifierref')).toBe('RES-player');
    }
    expect(resources.get('RES-player')!.getAttributeNS(ADL, 'scormtype')).toBe('asset');
  });

  it('never carries a mastery score (nothing the LMS could turn into passed or failed)', () => {
    expect(doc.getElementsByTagNameNS(ADL, 'masteryscore')).toHaveLength(0);
    for (const item of doc.getElementsByTagNameNS(CP, 'item')) expect([...item.children].map((c) => c.localName)).toEqual(['title']);
  });

  it('lists every file once (the launch page once per SCO) and escapes text', () => {
    const files = [...doc.getElementsByTagNameNS(CP, 'file')].map((f) => f.getAttribute('href'));
    expect(files.sort()).toEqual(['assets/first-group-b.js', 'assets/index-c.js', 'assets/rule-honesty-a.js', 'favicon.svg', 'index.html', 'index.html']);
    expect(doc.getElementsByTagNameNS(CP, 'title')[0]!.textContent).toBe('Ground rules & <friends> "quoted"');
    expect(xmlEscape(`a&b<c>"d"'e'`)).toBe('a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;');
    expect(xmlId('RES', '1st module:x')).toBe('RES-1st_module_x');
  });
});

describe('scorm-kit.json (written by the production build)', () => {
  const chunk = (fileName: string, o: Partial<Rolldown.OutputChunk> = {}) => ({ type: 'chunk', fileName, facadeModuleId: null, imports: [], moduleIds: [`/src/${fileName}`], ...o }) as unknown as Rolldown.OutputChunk;
  const asset = (fileName: string) => ({ type: 'asset', fileName }) as unknown as Rolldown.OutputAsset;
  const modules = [
    { id: 'a', title: 'A', hash: '0123456789abcdef' },
    { id: 'b', title: 'B', hash: 'fedcba9876543210' },
  ];
  const bundleOf = (...items: (Rolldown.OutputChunk | Rolldown.OutputAsset)[]) => Object.fromEntries(items.map((i) => [i.fileName, i])) as Rolldown.OutputBundle;
  const app = [
    chunk('assets/index-1.js', { imports: ['assets/catalog-2.js'], dynamicImports: ['assets/a-3.js', 'assets/b-4.js', 'assets/workbox-window.prod.es5-5.js'] } as Partial<Rolldown.OutputChunk>),
    chunk('assets/catalog-2.js'),
    chunk('assets/a-3.js', { facadeModuleId: '\0virtual:balint/script/a' }),
    chunk('assets/b-4.js', { facadeModuleId: '\0virtual:balint/script/b' }),
    chunk('assets/workbox-window.prod.es5-5.js', { moduleIds: ['/p/node_modules/workbox-window/build/workbox-window.prod.es5.mjs'] }),
    asset('assets/index-6.css'),
    asset('index.html'),
    asset('manifest.webmanifest'),
    asset('sw.js'),
    asset('workbox-7.js'),
  ];

  it('lists the player (without service worker, web manifest or module scripts) and each module\'s chunk', () => {
    const kit = kitOf(bundleOf(...app), modules, ['favicon.svg']);
    expect(kit).toEqual({
      v: 1,
      launch: 'index.html',
      player: ['assets/catalog-2.js', 'assets/index-1.js', 'assets/index-6.css', 'favicon.svg', 'index.html'],
      modules: [
        { id: 'a', title: 'A', hash: '0123456789abcdef', chunk: 'assets/a-3.js' },
        { id: 'b', title: 'B', hash: 'fedcba9876543210', chunk: 'assets/b-4.js' },
      ],
    });
  });

  it('fails the build when a package could not work: a module chunk with imports, the player importing a left-out chunk, a module without a chunk', () => {
    expect(() => kitOf(bundleOf(...app.slice(0, 2), chunk('assets/a-3.js', { facadeModuleId: '\0virtual:balint/script/a', imports: ['assets/catalog-2.js'] }), ...app.slice(3)), modules, [])).toThrow(/module a imports assets\/catalog-2\.js/);
    expect(() => kitOf(bundleOf(chunk('assets/index-1.js', { imports: ['assets/a-3.js'] }), ...app.slice(1)), modules, [])).toThrow(/index-1\.js imports assets\/a-3\.js/);
    expect(() => kitOf(bundleOf(...app.filter((i) => i.fileName !== 'assets/b-4.js')), modules, [])).toThrow(/no chunk for module\(s\) b/);
    expect(() => kitOf(bundleOf(...app.filter((i) => i.fileName !== 'index.html')), modules, [])).toThrow(/no index\.html/);
  });
});

describe('export:scorm command line', () => {
  it('parses modules, output, score, title and version; no score and SCORM 1.2 by default', () => {
    expect(parseExportArgs(['--modules', 'a,b', '--out', 'x.zip'])).toEqual({ modules: ['a', 'b'], out: 'x.zip', score: undefined, title: undefined, version: '1.2' });
    expect(parseExportArgs(['--modules=a', '--out=x.zip', '--score', 'participation', '--title', 'Course'])).toEqual({ modules: ['a'], out: 'x.zip', score: 'participation', title: 'Course', version: '1.2' });
    expect(parseExportArgs(['--modules=a', '--out=x.zip', '--score=participation']).score).toBe('participation');
    expect(parseExportArgs(['--modules=a', '--out=x.zip', '--version', '2004']).version).toBe('2004');
    expect(parseExportArgs(['--modules=a', '--out=x.zip', '--version=1.2']).version).toBe('1.2');
  });

  it.each([
    [[], /--modules and --out are required/],
    [['--modules', 'a'], /--modules and --out are required/],
    [['--modules', 'a', '--out', 'x.tar'], /must name a .zip/],
    [['--modules', 'a', '--out', 'x.zip', '--mastery', '80'], /--mastery is no longer offered.*--score participation/s],
    [['--modules', 'a', '--out', 'x.zip', '--mastery=80'], /--mastery is no longer offered/],
    [['--modules', 'a', '--out', 'x.zip', '--score', 'graded'], /--score can only be "participation" \(got "graded"\)/],
    [['--modules', 'a', '--out'], /--out needs a value/],
    [['--verbose'], /Unexpected argument "--verbose"/],
    [['--modules', 'a', '--out', 'x.zip', '--version', '2004-3rd'], /--version can be "1\.2" \(the default, for most LMSs\) or "2004" \(SCORM 2004 4th edition\); got "2004-3rd"/],
    [['--modules', 'a', '--out', 'x.zip', '--version'], /--version needs a value/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseExportArgs(argv)).toThrow(message);
  });

  it('exits with code 1 and a clear message for an unknown module id, without writing a file', () => {
    const r = spawnSync('npx', ['--no-install', 'tsx', 'src/tools/export-scorm.ts', '--modules', 'rule-honesty,no-such-module', '--out', 'never-written.zip'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^export:scorm: Unknown module id\(s\): no-such-module\. Known modules: .*rule-honesty/m);
    expect(existsSync('never-written.zip')).toBe(false);
  }, 90_000);
});
