/**
 * Builds a cmi5 package on the command line: the same production build and assembler as a SCORM
 * package (`src/tools/scorm/build-package.ts`), with the cmi5 course structure writer
 * (`cmi5.xml`, one AU per module). `fromBuild` assembles from a build already on disk instead,
 * which is what the LMS suite does so that the app is built once per run.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CMI5_MANIFEST } from '../../lms/cmi5/course-structure';
import { assemblePackage } from '../../lms/package/assemble-package';
import { KIT_FILE } from '../../lms/package/scorm-kit';
import type { ScoreMode } from '../../lms/types';
import { buildScormPackage, type ScormPackage } from '../scorm/build-package';

/** What to build. */
export interface Cmi5PackageOptions {
  /** Project root (where vite.config.ts and content/ are). */
  root: string;
  /** Module ids, in course order (one AU each). */
  modules: string[];
  /** 'participation' for a participation score; absent: completion and time only. */
  score?: ScoreMode;
  /** Title of the course in the LMS (default: the module's title, or "Balint Rehearsal"). */
  title?: string;
  /** A production build folder to assemble from, instead of building one. */
  fromBuild?: string;
}

/** Build the package (throws with a clear message on unknown modules or content errors). */
export async function buildCmi5Package(o: Cmi5PackageOptions): Promise<ScormPackage> {
  const { root, modules, score, title, fromBuild } = o;
  if (!fromBuild) return buildScormPackage({ root, modules, score, title, manifest: CMI5_MANIFEST });
  const kit: unknown = JSON.parse(readFileSync(join(fromBuild, KIT_FILE), 'utf8'));
  return assemblePackage({ kit, modules, score, title, manifest: CMI5_MANIFEST, read: (path) => readFile(join(fromBuild, path)) });
}
