/**
 * What the build ships of the catalogue, and where: the home page's module carries only what the
 * module list and its filters render, each module's "About" text loads on its own, and the rest of
 * every summary and the whole vocabulary travel in the details, the ending kinds' labels also on
 * their own. Run through the real plugin on a
 * content folder of one module, so the test reads the modules exactly as the bundler gets them.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AboutTexts } from '../../../src/catalog/about-texts.svelte';
import { summarise } from '../../../src/catalog/summarise';
import { catalogPlugin } from '../../../src/tools/catalog-plugin';
import { loadContent } from '../../../src/tools/load-content';
import { fixture } from '../compile-fixture';

let root: string;
/** The data exports of one virtual module, as the plugin writes it (`export const name = <JSON>;` lines). */
let shipped: (id: string) => Record<string, unknown>;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'balint-split-'));
  mkdirSync(join(root, 'content/sessions'), { recursive: true });
  mkdirSync(join(root, 'content/people'));
  for (const f of ['vocabulary.yaml', 'style.yaml']) cpSync(join('content', f), join(root, 'content', f));
  writeFileSync(join(root, 'content/sessions/standards-shared-patient-a.md'), fixture('standards-shared-patient-a'));
  cpSync('tests/fixtures/people/thursday-group.yaml', join(root, 'content/people/thursday-group.yaml'));
  const plugin = catalogPlugin(root);
  const load = plugin.load as (this: { addWatchFile(file: string): void }, id: string) => string;
  shipped = (id) => {
    const code = load.call({ addWatchFile: () => {} }, `\0${id}`);
    const data = [...code.matchAll(/^export const (\w+) = (.*);$/gm)].filter(([, , json]) => /^[[{]/.test(json!));
    return Object.fromEntries(data.map(([, name, json]) => [name, JSON.parse(json!)]));
  };
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the catalogue as shipped', () => {
  it('the home catalogue carries no field home does not render', () => {
    const { summaries, vocabulary } = shipped('virtual:balint/catalog') as { summaries: object[]; vocabulary: Record<string, object[]> };
    // Title and link, time, seat and endings reached, the track groups, the focus line and tags, the filters.
    expect(summaries.map((s) => Object.keys(s).sort())).toEqual([['challenges', 'competencies', 'endings', 'id', 'minutes', 'rules', 'seat', 'title', 'track']]);
    expect(Object.keys(vocabulary).sort()).toEqual(['challenges', 'competencies', 'rules']);
    expect(new Set(Object.values(vocabulary).flatMap((terms) => terms.map((t) => Object.keys(t).sort().join())))).toEqual(new Set(['id,label']));
  });

  it('ships the rest of every summary in the About texts and the details, so a screen that reads a field still finds it', () => {
    const script = loadContent(root).scripts[0]!;
    const { summaries } = shipped('virtual:balint/catalog') as { summaries: object[] };
    const { about } = shipped('virtual:balint/catalog-about') as { about: Record<string, object> };
    const { details, vocabulary } = shipped('virtual:balint/catalog-details') as { details: Record<string, object>; vocabulary: unknown };
    expect(Object.keys(about[script.id]!).sort()).toEqual(['contentNotes', 'summary']);
    expect({ ...summaries[0], ...about[script.id], ...details[script.id] }).toEqual(summarise(script));
    expect(vocabulary).toEqual(loadContent(root).vocabulary);
  });

  it('the ending kinds ship on their own as ids and labels, every kind of the vocabulary, for the debrief', () => {
    const { endingKinds } = shipped('virtual:balint/ending-kinds') as { endingKinds: object[] };
    expect(endingKinds).toEqual(loadContent(root).vocabulary.endingKinds.map(({ id, label }) => ({ id, label })));
    expect(new Set(endingKinds.map((k) => Object.keys(k).sort().join()))).toEqual(new Set(['id,label']));
  });
});

describe('the About texts', () => {
  it('load once, when first asked for, and again after a load that failed', async () => {
    const loads: string[] = [];
    let fail = true;
    const texts = new AboutTexts(async () => {
      loads.push(fail ? 'failed' : 'loaded');
      if (fail) throw new Error('offline');
      return { m1: { summary: 'A short module.', contentNotes: [] } };
    });
    expect(texts.of('m1')).toBeUndefined();
    await texts.load();
    expect(texts.of('m1')).toBeUndefined();
    fail = false;
    await Promise.all([texts.load(), texts.load()]);
    await texts.load();
    expect(texts.of('m1')).toEqual({ summary: 'A short module.', contentNotes: [] });
    expect(loads).toEqual(['failed', 'loaded']);
  });
});
