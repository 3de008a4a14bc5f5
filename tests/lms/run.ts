/**
 * `npm run test:lms`: the cmi5 package against a real LMS and LRS (the LMS test bed).
 *
 * Finds the test bed through `$LMS_TESTBED`, else `../shared/lms-testbed`; where there is none it
 * says the suite was skipped and why, and exits 0. Otherwise: the test bed's setup (a no-op once
 * done) and start, one production build and one cmi5 package of the suite's two modules, then
 * the Playwright specs in this folder (`playwright.config.ts`), and the test bed stopped at the
 * end whatever happened. `LMS_SUITE_BUILD=<folder>` assembles the package from a production build
 * already made (CI's `npm test` has just built `dist/`) instead of building again. Exits with the specs' code; prints how long each part took.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCmi5Package } from '../../src/tools/cmi5/build-package';
import { suiteModules } from './support/course';
import { findTestbed, readEnvFile } from './support/testbed';

const root = fileURLToPath(new URL('../..', import.meta.url));
const started = Date.now();
const times: string[] = [];
const lap = (label: string, since: number) => times.push(`${label} ${((Date.now() - since) / 1000).toFixed(1)} s`);

function run(cmd: string, args: string[], extraEnv: Record<string, string> = {}): { status: number; stdout: string } {
  const r = spawnSync(cmd, args, { cwd: root, env: { ...process.env, ...extraEnv }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  if (r.stdout) process.stdout.write(r.stdout);
  return { status: r.status ?? 1, stdout: r.stdout ?? '' };
}

async function main(): Promise<number> {
  const bed = findTestbed(root);
  if (!bed.found) {
    console.log(`LMS suite skipped: no LMS test bed at ${bed.dir} (set LMS_TESTBED to its folder to run it).`);
    return 0;
  }
  const stop = () => spawnSync('bash', [resolve(bed.dir, 'stop.sh')], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      stop();
      process.exit(130);
    });
  const work = mkdtempSync(join(tmpdir(), 'balint-lms-suite-'));
  try {
    let t = Date.now();
    if (run('bash', [resolve(bed.dir, 'setup.sh')]).status !== 0) return fail('the test bed setup failed');
    lap('setup', t);
    t = Date.now();
    const started = spawnSync('bash', [resolve(bed.dir, 'start.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (started.status !== 0) return fail('the test bed did not start');
    const bedEnv = readEnvFile(started.stdout.trim());
    lap('start', t);

    t = Date.now();
    // CI has just built dist/ in `npm test`: LMS_SUITE_BUILD=dist reuses it rather than building again.
    const given = process.env.LMS_SUITE_BUILD ? resolve(root, process.env.LMS_SUITE_BUILD) : undefined;
    if (given && !existsSync(join(given, 'scorm-kit.json'))) return fail(`LMS_SUITE_BUILD=${given} is not a production build (no scorm-kit.json)`);
    const dist = given ?? join(work, 'dist');
    if (!given && run('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn']).status !== 0) return fail('the build failed');
    const modules = suiteModules();
    const { finish, pause } = modules;
    const pkg = await buildCmi5Package({ root, modules: [finish.id, pause.id], title: 'Balint Rehearsal LMS suite', fromBuild: dist });
    const zip = join(work, 'cmi5-suite.zip');
    writeFileSync(zip, pkg.zip);
    const participation = join(work, 'cmi5-suite-participation.zip');
    writeFileSync(participation, (await buildCmi5Package({ root, modules: [finish.id], score: 'participation', fromBuild: dist })).zip);
    console.log(`cmi5 package of ${finish.id}, ${pause.id}: ${(pkg.zip.length / 1024).toFixed(0)} KiB, ${pkg.files.length} files`);
    lap('build and package', t);

    t = Date.now();
    const specs = run('npx', ['playwright', 'test', '-c', 'tests/lms/playwright.config.ts'], { ...bedEnv, LMS_SUITE_PACKAGE: zip, LMS_SUITE_PACKAGE_PARTICIPATION: participation, LMS_SUITE_MODULES: JSON.stringify(modules), LMS_TESTBED_DIR: bed.dir });
    lap('specs', t);
    return specs.status;
  } finally {
    let t = Date.now();
    stop();
    lap('stop', t);
    rmSync(work, { recursive: true, force: true });
    console.log(`LMS suite: ${times.join(', ')}; ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
  }
}

function fail(why: string): number {
  console.error(`LMS suite: ${why}.`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`LMS suite: ${(e as Error).stack ?? String(e)}`);
    process.exit(1);
  },
);
