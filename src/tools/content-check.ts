/**
 * `npm run content:check [-- --json]`: compiles every script and reports, per script, its figures
 * and diagnostics. Exits 1 when any script has an error. With --json, standard output carries only
 * the JSON document; the table goes to standard output otherwise.
 */
import { formatDiagnostics, loadContent } from './load-content';

const json = process.argv.includes('--json');
const build = loadContent(process.cwd());
const errors = formatDiagnostics(build, 'error');

if (json) {
  const scripts = build.reports.map((r) => ({
    id: r.id,
    title: r.title,
    file: r.file,
    track: r.track,
    seat: r.seat,
    scenes: r.scenes,
    decisions: r.decisions,
    endings: r.endings,
    phases: r.phases,
    competencies: r.competencies,
    rules: r.rules,
    challenges: r.challenges,
    conditionalBranches: r.conditionalBranches,
    paths: r.paths,
    clockMinutes: r.clockMinutes,
    length: r.length,
    decisionsPerPath: r.decisionsPerPath,
    endingKinds: r.endingKinds,
    longestLeaderLine: r.longestLeaderLine,
    silentChoices: r.silentChoices,
    diagnostics: r.diagnostics,
  }));
  process.stdout.write(JSON.stringify({ scripts, diagnostics: build.diagnostics }, null, 2) + '\n');
} else {
  const rows = build.reports.map((r) => ({
    file: r.file.replace(/^content\/sessions\//, ''),
    track: r.track,
    seat: r.seat,
    scenes: r.scenes,
    decisions: r.decisions,
    'decisions/path': r.paths ? `${r.decisionsPerPath.min}–${r.decisionsPerPath.max}` : '–',
    endings: r.endings,
    'cond.': r.conditionalBranches,
    paths: r.paths,
    clock: r.paths ? `${r.clockMinutes.min}–${r.clockMinutes.max}` : '–',
    phases: r.phases.length,
    errors: r.diagnostics.filter((d) => d.severity === 'error').length,
  }));
  const cols = Object.keys(rows[0] ?? { file: '' }) as (keyof (typeof rows)[number])[];
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(width[i]!)).join('  ');
  console.log(line(cols as string[]));
  console.log(line(width.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(cols.map((c) => String(r[c]))));
  const challenges = new Set(build.scripts.flatMap((s) => s.challenges));
  const leaderChallenges = new Set(build.scripts.filter((s) => s.track === 'leader').flatMap((s) => s.challenges));
  const missing = build.vocabulary.challenges.filter((c) => !leaderChallenges.has(c.id)).map((c) => c.id);
  console.log(`\n${build.reports.length} scripts, ${build.scripts.length} valid; challenges covered: ${challenges.size}/${build.vocabulary.challenges.length}` +
    (missing.length ? ` (leader track lacks: ${missing.join(', ')})` : ''));
  for (const w of formatDiagnostics(build, 'warning')) console.log(`warning: ${w}`);
  for (const e of errors) console.error(e);
}
process.exit(errors.length ? 1 : 0);
