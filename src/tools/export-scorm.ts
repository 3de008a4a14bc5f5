/**
 * `npm run export:scorm -- --modules <id,id,…> --out <file.zip> [--mastery <0-100>] [--title <text>]`
 *
 * Writes a SCORM 1.2 package an instructor uploads to an LMS (Moodle, Canvas, Blackboard…): the
 * player and only the chosen modules, one SCO per module. The work is in `scorm/build-package.ts`;
 * this file only reads arguments, reports, and sets the exit code (1 on any error, with the
 * message on stderr, e.g. for an unknown module id).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildScormPackage } from './scorm/build-package';

/** Parsed command line. */
export interface ExportArgs {
  /** Module ids. */
  modules: string[];
  /** Output zip path. */
  out: string;
  /** Mastery score, if given. */
  mastery?: number;
  /** Course title, if given. */
  title?: string;
}

const USAGE = 'Usage: npm run export:scorm -- --modules <id,id,…> --out <file.zip> [--mastery <0-100>] [--title <text>]';

/** Parse `argv` (without node and script); throws with usage on anything wrong. */
export function parseExportArgs(argv: readonly string[]): ExportArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const m = /^--(modules|out|mastery|title)(?:=(.*))?$/.exec(arg);
    if (!m) throw new Error(`Unexpected argument "${arg}".\n${USAGE}`);
    const value = m[2] ?? argv[++i];
    if (value === undefined || value === '') throw new Error(`--${m[1]} needs a value.\n${USAGE}`);
    values.set(m[1]!, value);
  }
  const modules = (values.get('modules') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const out = values.get('out');
  if (!modules.length || !out) throw new Error(`--modules and --out are required.\n${USAGE}`);
  if (!out.endsWith('.zip')) throw new Error(`--out must name a .zip file (got "${out}").`);
  const masteryText = values.get('mastery');
  const mastery = masteryText === undefined ? undefined : Number(masteryText);
  if (mastery !== undefined && !(Number.isFinite(mastery) && mastery >= 0 && mastery <= 100)) throw new Error(`--mastery must be a number from 0 to 100 (got "${masteryText}").`);
  return { modules, out, mastery, title: values.get('title') };
}

/** Run the command; returns the exit code. */
export async function main(argv: readonly string[], root = process.cwd()): Promise<number> {
  try {
    const args = parseExportArgs(argv);
    const pkg = await buildScormPackage({ root, modules: args.modules, masteryScore: args.mastery, title: args.title });
    const out = resolve(root, args.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, pkg.zip);
    console.log(`SCORM 1.2 package: ${out} (${(pkg.zip.length / 1024).toFixed(0)} KiB, ${pkg.files.length} files, modules: ${args.modules.join(', ')})`);
    return 0;
  } catch (e) {
    console.error(`export:scorm: ${(e as Error).message}`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
