/**
 * `npm run export:cmi5 -- --modules <id,id,…> --out <file.zip> [--score participation] [--title <text>]`
 *
 * Writes a cmi5 package for an LMS with a Learning Record Store (Moodle with a cmi5 plugin,
 * Veracity, TRAX, SCORM Cloud…): `cmi5.xml` at the root with one AU per module (`moveOn`
 * Completed), the player and only the chosen modules, no service worker. Inside the LMS every
 * choice reaches the LRS as an `answered` statement; the module reports completion and time, and
 * with `--score participation` a participation score. There is no mastery score: Balint Rehearsal
 * does not grade sessions.
 *
 * The work is in `cmi5/build-package.ts`; this file only reads arguments, reports, and sets the
 * exit code (1 on any error, with the message on stderr, e.g. for an unknown module id).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScoreMode } from '../lms/types';
import { buildCmi5Package } from './cmi5/build-package';
import { errorText } from './error-text';
import { parseExportArgs } from './export-scorm';

/** Parsed command line. */
export interface Cmi5Args {
  /** Module ids. */
  modules: string[];
  /** Output zip path. */
  out: string;
  /** 'participation' for a participation score; absent for none. */
  score?: ScoreMode;
  /** Course title, if given. */
  title?: string;
}

const USAGE = 'Usage: npm run export:cmi5 -- --modules <id,id,…> --out <file.zip> [--score participation] [--title <text>]';

/**
 * Parse `argv` (without node and script); throws with usage on anything wrong. The options are
 * the SCORM command's (one parser, `export-scorm.ts`), less `--version`: cmi5 has one.
 */
export function parseCmi5Args(argv: readonly string[]): Cmi5Args {
  if (argv.some((a) => /^--version(=|$)/.test(a))) throw new Error(`--version is for SCORM packages: a cmi5 package has only one version.\n${USAGE}`);
  try {
    const { modules, out, score, title } = parseExportArgs(argv);
    return { modules, out, score, title };
  } catch (e) {
    throw new Error((e as Error).message.replace(/Usage: npm run export:scorm[^\n]*/, USAGE), { cause: e });
  }
}

/** Run the command; returns the exit code. */
export async function main(argv: readonly string[], root = process.cwd()): Promise<number> {
  try {
    const args = parseCmi5Args(argv);
    const pkg = await buildCmi5Package({ root, modules: args.modules, score: args.score, title: args.title });
    const out = resolve(root, args.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, pkg.zip);
    console.log(`cmi5 package: ${out} (${(pkg.zip.length / 1024).toFixed(0)} KiB, ${pkg.files.length} files, one AU per module: ${args.modules.join(', ')}; reports each choice, completion and time${args.score ? ', and a participation score' : ', no score'})`);
    return 0;
  } catch (e) {
    console.error(`export:cmi5: ${errorText(e)}`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
