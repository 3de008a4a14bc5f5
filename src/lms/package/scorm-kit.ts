/**
 * The SCORM kit: what the production build tells the package assembler about itself, written as
 * `scorm-kit.json` beside `index.html` (by `src/tools/scorm/scorm-kit-plugin.ts`) and precached
 * with the app, so the instructor view can build a package offline from the app's own files. It
 * names files only; the assembler reads them (from disk on the command line, by `fetch` in the
 * browser). Checked when read, because a kit from another version or a damaged cache must give a
 * clear error rather than a broken package.
 */
import * as v from 'valibot';
import { PackageProblem } from './package-problem';
import type { KitIssue } from './types';

/** The kit's file name, relative to the app's root (`index.html`). */
export const KIT_FILE = 'scorm-kit.json';
/** Format version of the kit. */
export const KIT_VERSION = 1;

/** A built-in module as the kit lists it. */
export interface KitModule {
  /** Module id. */
  id: string;
  /** Title (the LMS shows it as the item's title). */
  title: string;
  /** Content hash of the compiled script (identifies this exact version). */
  hash: string;
  /** Path of the chunk holding the module's compiled script. */
  chunk: string;
}

/** The kit. */
export interface ScormKit {
  /** Format version (`KIT_VERSION`). */
  v: typeof KIT_VERSION;
  /** The page every SCO launches (with `?module=<id>`). */
  launch: string;
  /** Every file the player needs whatever the modules, the launch page included, sorted. */
  player: string[];
  /** Built-in modules in catalogue order. */
  modules: KitModule[];
}

/** A relative path inside the app: no leading slash, no `..`, no backslash, no query. */
const PATH = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/, 'path-not-plain' satisfies KitIssue),
  v.check((p) => !p.split('/').some((part) => part === '..' || part === '__proto__'), 'path-leaves-app' satisfies KitIssue),
);

const KitSchema = v.strictObject({
  v: v.literal(KIT_VERSION, 'kit-version' satisfies KitIssue),
  launch: PATH,
  player: v.pipe(v.array(PATH), v.minLength(1)),
  modules: v.array(
    v.strictObject({
      id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'module-id' satisfies KitIssue)),
      title: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
      hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{8,64}$/, 'content-hash' satisfies KitIssue)),
      chunk: PATH,
    }),
  ),
});

const ISSUES: readonly string[] = ['path-not-plain', 'path-leaves-app', 'kit-version', 'module-id', 'content-hash'] satisfies KitIssue[];

/** Check a parsed `scorm-kit.json`; throws a `PackageProblem` when it is not one. */
export function parseKit(value: unknown): ScormKit {
  const r = v.safeParse(KitSchema, value);
  if (!r.success) {
    const message = r.issues[0]!.message;
    throw new PackageProblem({ code: 'kit-invalid', file: KIT_FILE, issue: ISSUES.includes(message) ? (message as KitIssue) : 'shape' });
  }
  const kit = r.output as ScormKit;
  if (!kit.player.includes(kit.launch)) throw new PackageProblem({ code: 'kit-no-launch', file: KIT_FILE, launch: kit.launch });
  return kit;
}
