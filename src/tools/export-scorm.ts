/**
 * `npm run export:scorm -- --modules <id,id,…> --out <file.zip> [--version 1.2|2004] [--score participation] [--title <text>]`
 *
 * Writes a SCORM package an instructor uploads to an LMS (Moodle, Canvas, Blackboard…): SCORM 1.2
 * by default (what most LMSs take), or SCORM 2004 4th edition with `--version 2004`; the player
 * and only the chosen modules, one SCO per module. It reports completion, time and every choice; with
 * `--score participation` also a participation score (50 for reaching an ending, 50 for saving a
 * reflection). There is no mastery score: Balint Rehearsal does not grade sessions.
 *
 * The work is in `scorm/build-package.ts`; this file only reads arguments, reports, and sets the
 * exit code (1 on any error, with the message on stderr, e.g. for an unknown module id).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildScormPackage } from './scorm/build-package';
import { errorText } from './error-text';
import type { ScoreMode, ScormVersion } from '../lms/types';

/** Parsed command line. */
export interface ExportArgs {
  /** Module ids. */
  modules: string[];
  /** Output zip path. */
  out: string;
  /** 'participation' for a participation score; absent for none. */
  score?: ScoreMode;
  /** Course title, if given. */
  title?: string;
  /** SCORM version: '1.2' (the default) or '2004' (4th edition). */
  version: ScormVersion;
}

const USAGE = 'Usage: npm run export:scorm -- --modules <id,id,…> --out <file.zip> [--version 1.2|2004] [--score participation] [--title <text>]';
const VERSIONS: readonly ScormVersion[] = ['1.2', '2004'];

/** Parse `argv` (without node and script); throws with usage on anything wrong. */
export function parseExportArgs(argv: readonly string[]): ExportArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (/^--mastery(=|$)/.test(arg)) throw new Error(`--mastery is no longer offered: Balint Rehearsal does not grade sessions, so a package never reports passed or failed. Use --score participation for a participation score.\n${USAGE}`);
    const m = /^--(modules|out|score|title|version)(?:=(.*))?$/.exec(arg);
    if (!m) throw new Error(`Unexpected argument "${arg}".\n${USAGE}`);
    const value = m[2] ?? argv[++i];
    if (value === undefined || value === '') throw new Error(`--${m[1]} needs a value.\n${USAGE}`);
    values.set(m[1]!, value);
  }
  const modules = (values.get('modules') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const out = values.get('out');
  if (!modules.length || !out) throw new Error(`--modules and --out are required.\n${USAGE}`);
  if (!out.endsWith('.zip')) throw new Error(`--out must name a .zip file (got "${out}").`);
  const score = values.get('score');
  if (score !== undefined && score !== 'participation') throw new Error(`--score can only be "participation" (got "${score}").\n${USAGE}`);
  const version = values.get('version') ?? '1.2';
  if (!VERSIONS.includes(version as ScormVersion)) throw new Error(`--version can be "1.2" (the default, for most LMSs) or "2004" (SCORM 2004 4th edition); got "${version}".\n${USAGE}`);
  return { modules, out, score, title: values.get('title'), version: version as ScormVersion };
}

/** Run the command; returns the exit code. */
export async function main(argv: readonly string[], root = process.cwd()): Promise<number> {
  try {
    const args = parseExportArgs(argv);
    const pkg = await buildScormPackage({ root, modules: args.modules, score: args.score, title: args.title, version: args.version });
    const out = resolve(root, args.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, pkg.zip);
    console.log(`SCORM ${args.version === '2004' ? '2004 4th edition' : '1.2'} package: ${out} (${(pkg.zip.length / 1024).toFixed(0)} KiB, ${pkg.files.length} files, modules: ${args.modules.join(', ')}; reports completion, time and each choice${args.score ? ', and a participation score' : ', no score'})`);
    return 0;
  } catch (e) {
    console.error(`export:scorm: ${errorText(e)}`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
