/**
 * The hooks the app calls: launch-URL parsing; no effect at all on an ordinary page; and, on a
 * page carrying a valid course block, package mode with the catalogue narrowed to the course.
 * Each case imports fresh modules, because package mode is decided once per page load.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { launchModuleFrom } from '../../../src/lms/lms-hooks';
import { COURSE_BLOCK_ID } from '../../../src/lms/course-block-id';
import { MemoryRepository } from '../../../src/storage/memory-repository';

async function fresh() {
  vi.resetModules();
  const hooks = await import('../../../src/lms/lms-hooks');
  const catalog = await import('../../../src/catalog/catalog');
  return { hooks, catalog };
}

function addBlock(text: string) {
  const el = document.createElement('script');
  el.type = 'application/json';
  el.id = COURSE_BLOCK_ID;
  el.textContent = text;
  document.head.append(el);
}

type LmsWindow = { API?: unknown; API_1484_11?: unknown };

afterEach(() => {
  document.getElementById(COURSE_BLOCK_ID)?.remove();
  history.replaceState(null, '', '/');
  delete (window as LmsWindow).API;
  delete (window as LmsWindow).API_1484_11;
});

/** Both SCORM APIs on this window, recording which one the package initializes. */
function bothApis() {
  const api12 = new Scorm12API({ logLevel: 5 });
  const api2004 = new Scorm2004API({ logLevel: 5 });
  const initialized: string[] = [];
  api12.on('LMSInitialize', () => initialized.push('1.2'));
  api2004.on('Initialize', () => initialized.push('2004'));
  Object.assign(window as LmsWindow, { API: api12, API_1484_11: api2004 });
  return { api12, api2004, initialized };
}

describe('LMS hooks', () => {
  it('reads the module a SCO launch names, only if the package has it', () => {
    expect(launchModuleFrom('?module=rule-honesty', ['rule-honesty'])).toBe('rule-honesty');
    expect(launchModuleFrom('?x=1&module=first-group', ['rule-honesty', 'first-group'])).toBe('first-group');
    expect(launchModuleFrom('?module=other', ['rule-honesty'])).toBeUndefined();
    expect(launchModuleFrom('', ['rule-honesty'])).toBeUndefined();
  });

  it('do nothing on an ordinary page', async () => {
    const { hooks, catalog } = await fresh();
    const all = catalog.summaries.length;
    const before = location.href;
    await hooks.lmsLaunch();
    expect(hooks.inScormPackage()).toBe(false);
    expect(hooks.lmsCountsReflections()).toBe(false);
    expect(() => hooks.lmsReflectionSaved('rule-honesty')).not.toThrow();
    expect(location.href).toBe(before);
    expect(catalog.summaries).toHaveLength(all);
    const repo = new MemoryRepository();
    expect(await hooks.lmsReady(repo)).toBe(repo);
    expect(() => hooks.lmsSessionOpened({} as never)).not.toThrow();
  });

  it('in a package: narrow the catalogue to the course, in its order, and open the launched module', async () => {
    const { hooks, catalog } = await fresh();
    const [a, b, c] = catalog.summaries.slice(-3).map((s) => s.id);
    history.replaceState(null, '', `/index.html?module=${a}`);
    addBlock(JSON.stringify({ v: 2, modules: [b, a], score: 'participation' }));
    await hooks.lmsLaunch();
    expect(hooks.inScormPackage()).toBe(true);
    expect(hooks.lmsCountsReflections()).toBe(true);
    expect(catalog.summaries.map((s) => s.id)).toEqual([b, a]);
    expect(catalog.summaryOf(c!)).toBeUndefined();
    expect(await catalog.loadScript(c!)).toBeUndefined();
    const script = await catalog.loadScript(a!);
    expect(script?.id).toBe(a);
    expect(script!.related.every((r) => r === a || r === b)).toBe(true);
    expect(location.hash).toBe(`#/module/${a}`);
    // Without an LMS the runtime finds no API: local progress only, and nothing throws.
    const repo = new MemoryRepository();
    expect(await hooks.lmsReady(repo)).toBe(repo);
  });

  it('a package of one module opens it even without ?module=', async () => {
    const { hooks, catalog } = await fresh();
    const only = catalog.summaries[0]!.id;
    addBlock(JSON.stringify({ v: 2, modules: [only] }));
    await hooks.lmsLaunch();
    expect(location.hash).toBe(`#/module/${only}`);
    expect(hooks.lmsCountsReflections()).toBe(false);
  });

  it.each([
    ['malformed', '{"v":2,"modules":['],
    ['naming a module this build lacks', JSON.stringify({ v: 2, modules: ['no-such-module'] })],
    ['with an unknown field', JSON.stringify({ v: 2, modules: ['rule-honesty'], sw: false })],
  ])('a block %s is not a package: the app plays as itself', async (_name, text) => {
    const { hooks, catalog } = await fresh();
    const all = catalog.summaries.length;
    addBlock(text);
    await hooks.lmsLaunch();
    expect(hooks.inScormPackage()).toBe(false);
    expect(catalog.summaries).toHaveLength(all);
    expect(location.hash).toBe('');
  });

  it.each([
    ['a SCORM 2004 package', { v: 3, format: 'scorm2004' }, ['2004']],
    ['a SCORM 1.2 package', { v: 3, format: 'scorm12' }, ['1.2']],
    ['a version 2 block (SCORM 1.2)', { v: 2 }, ['1.2']],
    ['a cmi5 package', { v: 3, format: 'cmi5' }, []],
  ])('%s talks to its own LMS API only', async (_name, block, expected) => {
    const { hooks, catalog } = await fresh();
    const only = catalog.summaries[0]!.id;
    const lms = bothApis();
    addBlock(JSON.stringify({ ...block, modules: [only] }));
    await hooks.lmsLaunch();
    expect(hooks.inScormPackage()).toBe(true);
    const repo = new MemoryRepository();
    expect(await hooks.lmsReady(repo)).toBe(repo);
    expect(lms.initialized).toEqual(expected);
    if (expected[0] === '2004') expect(lms.api2004.cmi.completion_status).toBe('incomplete');
    if (expected[0] === '1.2') expect(lms.api12.cmi.core.lesson_status).toBe('incomplete');
  });
});
