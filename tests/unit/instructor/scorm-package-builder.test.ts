/**
 * The instructor view's SCORM package builder with a fake origin: field problems, the download it
 * offers (file name, a real zip of the chosen modules, no score unless a participation score is
 * chosen), and why a build failed when files cannot be fetched (offline and not precached, or a
 * file gone after an update), each as a code with its data (the panel words them; see
 * `tests/unit/i18n/lms-packages.test.ts`).
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { readCourse } from '../../../src/lms/course-block';
import { packageFileName, ScormPackageBuilder } from '../../../src/instructor/scorm-package-builder.svelte';

const kit = {
  v: 1,
  launch: 'index.html',
  player: ['assets/index-1.js', 'index.html'],
  modules: [
    { id: 'rule-honesty', title: 'Ground rule: honesty', hash: '0123456789abcdef', chunk: 'assets/rule-honesty-2.js' },
    { id: 'first-group', title: 'Your first group', hash: '1123456789abcdef', chunk: 'assets/first-group-3.js' },
  ],
};
const origin: Record<string, string> = {
  'scorm-kit.json': JSON.stringify(kit),
  'index.html': '<html><head><title>x</title></head><body></body></html>',
  'assets/index-1.js': 'app',
  'assets/rule-honesty-2.js': 'a',
  'assets/first-group-3.js': 'b',
};
const BASE = 'https://example.test/app/index.html';

function setup(serve: (path: string) => Response | Promise<Response> = (p) => (p in origin ? new Response(strToU8(origin[p]!)) : new Response('', { status: 404 }))) {
  const downloads: { blob: Blob; fileName: string }[] = [];
  const fetched: string[] = [];
  const builder = new ScormPackageBuilder({
    base: () => BASE,
    fetch: async (url) => {
      fetched.push(url.href);
      return serve(url.href.slice('https://example.test/app/'.length));
    },
    download: (blob, fileName) => downloads.push({ blob, fileName }),
  });
  return { builder, downloads, fetched };
}

describe('ScormPackageBuilder', () => {
  it('reports problems by field as codes: no modules, a long title, control characters', () => {
    const { builder } = setup();
    expect(builder.problems(['rule-honesty'])).toEqual({});
    expect(builder.problems([])).toEqual({ modules: { code: 'no-modules' } });
    builder.title = 'x'.repeat(201);
    expect(builder.problems(['rule-honesty'])).toEqual({ title: { code: 'title-too-long', max: 200 } });
    builder.title = 'Week\u00071';
    expect(builder.problems(['rule-honesty'])).toEqual({ title: { code: 'title-control' } });
  });

  it('builds a package without a score by default, and with a participation score when chosen', async () => {
    const course = async (blob: Blob) => {
      const zip = unzipSync(new Uint8Array(await blob.arrayBuffer()));
      expect(strFromU8(zip['imsmanifest.xml']!)).not.toContain('masteryscore');
      return readCourse(new DOMParser().parseFromString(strFromU8(zip['index.html']!), 'text/html'));
    };
    const plain = setup();
    expect(plain.builder.score).toBe('none');
    await plain.builder.build(['first-group']);
    expect(await course(plain.downloads[0]!.blob)).toEqual({ v: 3, format: 'scorm12', modules: ['first-group'] });
    const counted = setup();
    counted.builder.score = 'participation';
    await counted.builder.build(['first-group']);
    expect(await course(counted.downloads[0]!.blob)).toEqual({ v: 3, format: 'scorm12', modules: ['first-group'], score: 'participation' });
  });

  it('builds SCORM 1.2 by default, and a SCORM 2004 4th edition package when chosen', async () => {
    const plain = setup();
    expect(plain.builder.version).toBe('1.2');
    expect(await plain.builder.build(['first-group'])).toMatchObject({ version: '1.2' });
    const v2004 = setup();
    v2004.builder.version = '2004';
    expect(await v2004.builder.build(['first-group'])).toMatchObject({ version: '2004' });
    const zip = unzipSync(new Uint8Array(await v2004.downloads[0]!.blob.arrayBuffer()));
    expect(strFromU8(zip['imsmanifest.xml']!)).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(readCourse(new DOMParser().parseFromString(strFromU8(zip['index.html']!), 'text/html'))).toEqual({ v: 3, format: 'scorm2004', modules: ['first-group'] });
    expect(v2004.builder.status).toMatchObject({ code: 'ready', built: { format: 'scorm2004' } });
  });

  it('builds from the app\'s own relative URLs and offers <title-slug>.zip with the chosen modules only', async () => {
    const { builder, downloads, fetched } = setup();
    const built = await builder.build(['first-group'], '  Week 1: Ärzte & <Balint>  ');
    expect(built).toMatchObject({ fileName: 'week-1-arzte-balint.zip', files: 4, modules: 1 });
    expect(fetched.every((u) => u.startsWith('https://example.test/app/'))).toBe(true);
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.fileName).toBe('week-1-arzte-balint.zip');
    expect(downloads[0]!.blob.type).toBe('application/zip');
    const zip = unzipSync(new Uint8Array(await downloads[0]!.blob.arrayBuffer()));
    expect(Object.keys(zip).sort()).toEqual(['assets/first-group-3.js', 'assets/index-1.js', 'imsmanifest.xml', 'index.html']);
    expect(builder.status).toEqual({ code: 'ready', built });
    expect(built).toMatchObject({ format: 'scorm12', version: '1.2', bytes: downloads[0]!.blob.size });
    expect(builder.failure).toBeUndefined();
    expect(builder.building).toBe(false);
  });

  it('does not build while there are problems', async () => {
    const { builder, downloads, fetched } = setup();
    builder.title = 'x'.repeat(201);
    expect(await builder.build(['first-group'])).toBeUndefined();
    expect(fetched).toEqual([]);
    expect(downloads).toEqual([]);
  });

  it('says while it builds which package it is building, of how many modules', async () => {
    let answer!: () => void;
    const held = new Promise<void>((resolve) => (answer = resolve));
    const { builder } = setup(async (p) => {
      await held;
      return new Response(strToU8(origin[p]!));
    });
    builder.version = '2004';
    const done = builder.build(['first-group', 'rule-honesty']);
    expect(builder.status).toEqual({ code: 'building', format: 'scorm2004', modules: 2 });
    expect(builder.building).toBe(true);
    answer();
    await done;
    expect(builder.status.code).toBe('ready');
  });

  it('says why when the files cannot be fetched: offline and not stored, gone after an update, a damaged kit, no kit', async () => {
    const offline = setup(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await offline.builder.build(['first-group'])).toBeUndefined();
    expect(offline.builder.failure).toEqual({ code: 'offline' });
    expect(offline.builder.status).toEqual({ code: 'idle' });
    expect(offline.downloads).toEqual([]);

    const gone = setup((p) => (p === 'assets/index-1.js' ? new Response('', { status: 404 }) : new Response(strToU8(origin[p] ?? ''))));
    await gone.builder.build(['first-group']);
    expect(gone.builder.failure).toEqual({ code: 'fetch-failed', path: 'assets/index-1.js', status: 404 });

    const damaged = setup((p) => new Response(p === 'scorm-kit.json' ? '{"v":9}' : strToU8(origin[p] ?? '')));
    await damaged.builder.build(['first-group']);
    expect(damaged.builder.failure).toMatchObject({ code: 'package', problem: { code: 'kit-invalid', file: 'scorm-kit.json' } });

    const dev = setup((p) => (p === 'scorm-kit.json' ? new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }) : new Response(strToU8(origin[p] ?? ''))));
    await dev.builder.build(['first-group']);
    expect(dev.builder.failure).toEqual({ code: 'package', problem: { code: 'kit-missing' } });
  });

  it('names the file after the title, in plain lower-case ASCII', () => {
    expect(packageFileName('Week 1 <script>alert(1)</script>')).toBe('week-1-script-alert-1-script.zip');
    expect(packageFileName('Ground rule: honesty')).toBe('ground-rule-honesty.zip');
    expect(packageFileName('Éducation médicale')).toBe('education-medicale.zip');
    expect(packageFileName('日本語')).toBe('balint-rehearsal.zip');
    expect(packageFileName('a'.repeat(100))).toBe(`${'a'.repeat(60)}.zip`);
  });
});
