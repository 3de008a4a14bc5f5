/**
 * The build's named chunks (src/tools/chunk-groups.ts) name their modules by path and package. A
 * rename would quietly empty a group and bring the session route's many small files back, so these
 * tests fail naming what no longer exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundlerGroups, CHUNK_GROUPS, startsGroup } from '../../../src/tools/chunk-groups';

const root = process.cwd();
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };

describe('chunk groups', () => {
  it('every file a group starts from exists under src', () => {
    const missing = CHUNK_GROUPS.flatMap((g) => g.files.filter((f) => !existsSync(join(root, 'src', f))).map((f) => `${g.name}: src/${f}`));
    expect(missing).toEqual([]);
  });

  it('every package a group starts from is a dependency of the app', () => {
    const missing = CHUNK_GROUPS.flatMap((g) => g.packages.filter((p) => !manifest.dependencies?.[p]).map((p) => `${g.name}: ${p}`));
    expect(missing).toEqual([]);
  });

  it('home claims its modules before any group, and no two groups share a priority', () => {
    const [home, ...groups] = bundlerGroups();
    const priorities = groups.map((g) => g.priority);
    expect(home).toMatchObject({ name: 'home', tags: ['$initial'] });
    expect(Math.max(...priorities)).toBeLessThan(home!.priority);
    expect(new Set(priorities).size).toBe(priorities.length);
  });

  it('a group starts from its own files and packages only, on either kind of path separator', () => {
    const player = CHUNK_GROUPS.find((g) => g.name === 'player')!;
    const valibot = CHUNK_GROUPS.find((g) => g.name === 'valibot')!;
    expect(startsGroup(player, '/app/src/session/session.svelte.ts')).toBe(true);
    expect(startsGroup(player, 'C:\\app\\src\\session\\session.svelte.ts')).toBe(true);
    expect(startsGroup(player, '/app/src/session/session.svelte.ts.bak')).toBe(false);
    expect(startsGroup(player, '/app/src/views/session/session.svelte.ts')).toBe(false);
    expect(startsGroup(valibot, '/app/node_modules/valibot/dist/index.mjs')).toBe(true);
    expect(startsGroup(valibot, '/app/node_modules/valibot-extra/index.js')).toBe(false);
  });
});
