/**
 * The data set the backup figures are measured with, built in Node as a backup file: a learner
 * some months in, with 50 completed attempts, 20 private reflections and 3 case files. Restoring
 * it is how the benchmark seeds a profile, so seeding is itself a measured restore.
 *
 * The attempts are copies of one attempt really played in the browser (taken from that profile's
 * own backup, so their snapshot, steps and climate are what the app writes), each with a new id
 * and moved back in time by a few hours per copy; ids and texts are fixed, not random, so the file
 * has the same size on every run and runs can be compared. The case files are the small fixture
 * and two of the largest built-in sessions with their ids changed; their hash is the content hash
 * the app's import computes. The envelope is made by the app's own `makeEnvelope` (canonical JSON
 * and SHA-256, which run in Node as they do in the browser) and serialised as `createBackup` does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeEnvelope } from '../../storage/backup';
import { LIBRARY_SCRIPT_SCHEMA, REFLECTION_SCHEMA, type Attempt, type BackupData, type LibraryScript, type Reflection } from '../../storage/types';
import { contentHash } from '../load-content';
import { inlineCast, loadPeople } from './inline-cast';

/** How much of each kind of data the seed holds. */
export const SEED = { attempts: 50, reflections: 20 } as const;

/** The case files in the seed: path, and the id it is given. */
const CASE_FILES = [
  ['tests/fixtures/branching.md', 'bench-case-branching'],
  ['content/sessions/l01-advice-and-interrogation.md', 'bench-case-advice'],
  ['content/sessions/l05-when-it-hurts.md', 'bench-case-hurts'],
] as const;

const HOUR = 3_600_000;
const shift = (iso: string, ms: number) => new Date(Date.parse(iso) - ms).toISOString();
/** UUID-shaped and fixed, so the file's size does not vary between runs. */
const fixedId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const SENTENCES = [
  'I noticed how quickly I wanted to rescue the presenter when the questions became sharp.',
  'The silence after the case felt long, and then it became the most useful part of the session.',
  'When the group started giving advice I held back, and I am still not sure that was right.',
  'What stayed with me was the daughter’s notebook, and how watched the registrar must have felt.',
  'Next time I want to name the time earlier, so that the closing does not feel rushed.',
  'I found myself siding with the patient, which surprised me; it may say more about me than the case.',
  'Protecting the presenter without shutting the group down is harder than it looks on paper.',
];

/** A reflection of some hundreds to over a thousand characters. */
function reflectionText(i: number): string {
  const n = 3 + (i * 5) % 12;
  return Array.from({ length: n }, (_, k) => SENTENCES[(i + k) % SENTENCES.length]).join(' ');
}

function caseFile(root: string, path: string, id: string, at: string): LibraryScript {
  const source = inlineCast(readFileSync(join(root, path), 'utf8'), loadPeople(root)).replace(/^id:.*$/m, `id: ${id}`);
  const title = /^title:\s*(.+)$/m.exec(source)?.[1]?.trim().replace(/^"(.*)"$/, '$1');
  if (!title) throw new Error(`${path}: no title`);
  return { schema: LIBRARY_SCRIPT_SCHEMA, id, hash: contentHash(source), title, source, fileName: `${id}.md`, addedAt: at, updatedAt: at };
}

/** The seed backup file's text, from an attempt played in the browser and its settings. */
export async function seedBackup(root: string, played: Attempt, settings: BackupData['settings']): Promise<{ text: string; data: BackupData }> {
  if (played.status !== 'completed') throw new Error(`backup seed: the played attempt is ${played.status}, not completed`);
  const attempts: Attempt[] = Array.from({ length: SEED.attempts }, (_, i) => {
    const back = (i + 1) * 7 * HOUR;
    const a = structuredClone(played);
    return {
      ...a,
      id: fixedId(i + 1),
      startedAt: shift(a.startedAt, back),
      updatedAt: shift(a.updatedAt, back),
      steps: a.steps.map((s) => ({ ...s, at: shift(s.at, back) })),
      undone: a.undone.map((u) => ({ step: { ...u.step, at: shift(u.step.at, back) }, undoneAt: shift(u.undoneAt, back) })),
    };
  });
  const reflections: Reflection[] = attempts.slice(0, SEED.reflections).map((a, i) => ({
    schema: REFLECTION_SCHEMA,
    attemptId: a.id,
    moduleId: a.moduleId,
    text: reflectionText(i),
    createdAt: shift(a.updatedAt, -10 * 60_000),
    updatedAt: shift(a.updatedAt, -15 * 60_000),
  }));
  const at = shift(played.updatedAt, 30 * 24 * HOUR);
  const library = CASE_FILES.map(([path, id]) => caseFile(root, path, id, at));
  const byId = <T>(xs: T[], key: (x: T) => string) => xs.sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
  const data: BackupData = {
    attempts: byId(attempts, (a) => a.id),
    settings,
    reflections: byId(reflections, (r) => r.attemptId),
    library: byId(library, (l) => l.id),
  };
  const envelope = await makeEnvelope(data, new Date(Date.parse(played.updatedAt) + HOUR));
  return { text: JSON.stringify(envelope), data };
}
