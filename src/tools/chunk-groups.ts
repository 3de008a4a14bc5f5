/**
 * The few named chunks of the production build (vite.config.ts, `build.rolldownOptions.output.
 * codeSplitting.groups`). Left to itself, the bundler gave the session route 37 files, 21 of them
 * under 2 kB: each module shared by a different set of screens became its own chunk. Every file
 * costs the main thread a preload link and a module record before the player can draw, and a resume
 * spent more on that than on our code. So a few named chunks, each with what it imports (the
 * bundler's default, which keeps the modules' order); a higher priority claims a module first:
 *
 * - home: what the first page imports stays in its one chunk, so nothing below pulls it out;
 * - valibot, and checks (the small record checks and derivations that the library, the instructor
 *   view and progress share with the player): one file each, so those screens get them without
 *   Dexie or XState;
 * - data: the repository with Dexie, entered through `open-repository` and `storage-status`;
 * - player: the session and scene machines with XState, entered through `session.svelte.ts`.
 *
 * A module named by none is split as before. The files are named by path from `src/` (a test checks
 * that each exists, so a rename cannot quietly undo a group); the figures route by route are in
 * the README, "Performance".
 */

/** One named chunk: the modules it starts from. */
export interface ChunkGroup {
  /** The chunk's name (its file is `assets/<name>-<hash>.js`). */
  name: string;
  /** Source files it starts from, by path from `src/` (their imports come along). */
  files: readonly string[];
  /** Packages it starts from, by name. */
  packages: readonly string[];
}

/** The groups, in the order they claim modules (home, the bundler's own `$initial` tag, claims first). */
export const CHUNK_GROUPS: readonly ChunkGroup[] = [
  { name: 'valibot', files: [], packages: ['valibot'] },
  {
    name: 'checks',
    files: [
      'storage/text-checks.ts',
      'storage/record-check.ts',
      'storage/receipt-checks.ts',
      'storage/reflection-checks.ts',
      'storage/library-checks.ts',
      'storage/storage-full.ts',
      'storage/storage-refusal.ts',
      'storage/canonical-json.ts',
      'session/derive.ts',
      'script/semantics.ts',
    ],
    packages: [],
  },
  { name: 'data', files: ['storage/open-repository.ts', 'storage/storage-status.ts'], packages: [] },
  { name: 'player', files: ['session/session.svelte.ts'], packages: [] },
];

/** True when the module `id` (an absolute path) is one `group` starts from. */
export function startsGroup(group: ChunkGroup, id: string): boolean {
  const path = id.replaceAll('\\', '/');
  return (
    group.files.some((f) => path.endsWith(`/src/${f}`)) ||
    group.packages.some((p) => path.includes(`/node_modules/${p}/`))
  );
}

/** One group as the bundler takes it (`output.codeSplitting.groups`): a higher priority claims a module first. */
export interface BundlerGroup {
  /** The chunk's name. */
  name: string;
  /** Higher claims first. */
  priority: number;
  /** Home's: the bundler's tag for what the entry imports. */
  tags?: '$initial'[];
  /** The others': whether a module starts the group. */
  test?: (id: string) => boolean;
}

/** The groups for `vite.config.ts`: home first, then `CHUNK_GROUPS` in order, priorities from that order. */
export function bundlerGroups(): BundlerGroup[] {
  const n = CHUNK_GROUPS.length;
  return [
    { name: 'home', tags: ['$initial'], priority: n + 1 },
    ...CHUNK_GROUPS.map((g, i) => ({ name: g.name, priority: n - i, test: (id: string) => startsGroup(g, id) })),
  ];
}
