/**
 * Seeded generator of valid session scripts for the compile benchmark.
 *
 * Shape, chosen to resemble the built-in full sessions (about 25 scenes, 9 decision points with 3
 * choices each, 4 endings, conditional lines, routes and choices on climate, `chose` and
 * `visited`): opening (arrival → call? → offer), presentation (a story told over 2–4 scenes with
 * one interruption decision), questions (two decisions around a branch), discussion (an opening,
 * then three decisions with a branch), return (two branches, each ending on a decision) and close
 * (four endings). Every branch inside a phase spends the same minutes, so every path runs 40
 * minutes with the discussion the longest phase. They are case files (people inline, no registry), so
 * they are held to the format, not to the curriculum's editorial standards; the benchmark times the
 * same parse, validate, render and explore work the build does.
 * Conditions that decide whether a choice is offered use `chose`/`visited` of unconditional
 * choices and scenes, so the explorer always finds every choice offered; climate conditions only
 * pick between targets that other routes reach anyway. The seed varies cast, tags, text, effects,
 * story length and optional fourth choices, so no two scripts are the same.
 */
import type { Vocabulary } from '../../script/types';

/** A small, fast, seedable PRNG (mulberry32). */
export function rng(seed: number) {
  let a = seed >>> 0 || 0x9e3779b9;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const some = <T>(xs: readonly T[], lo: number, hi: number): T[] => [...xs].sort(() => next() - 0.5).slice(0, int(lo, Math.min(hi, xs.length)));
  return { next, int, pick, some };
}
type Rng = ReturnType<typeof rng>;

const NAMES = ['Ruth', 'Martin', 'Claire', 'Gareth', 'Anita', 'Sunil', 'Jo', 'Kwame', 'Mei', 'Owen', 'Bea', 'Nadia', 'Tomas', 'Ines', 'Priya', 'Hugo', 'Lena', 'Farid', 'Greta', 'Ola'];
const SETTINGS = ['family medicine', 'oncology', 'paediatrics', 'emergency medicine', 'psychiatry', 'palliative care', 'obstetrics', 'general surgery'];
const PATIENTS = ['Mr Hale', 'Mrs Okafor', 'Len', 'Dolores', 'Mr Brandt', 'Aisha', 'Mrs Lindqvist', 'the young father', 'Mr Novak', 'Rosa'];
const FEELINGS = ['tired', 'irritated', 'helpless', 'guilty', 'oddly protective', 'bored', 'afraid of getting it wrong', 'moved', 'manipulated', 'ashamed'];
const MOVES = ['asks for the same test again', 'arrives late and apologises at length', 'brings a list of eleven problems', 'thanks me too warmly', 'never quite looks at me', 'cries and then laughs it off', 'asks whether I have children', 'says nobody else listens to her'];
const PERSONAS = ['quick to offer a plan', 'asks sharp factual questions', 'likes a theory', 'blunt about her impatience', 'identifies with the patient', 'the quiet one who lands it', 'keeps the clock', 'warm and unhurried'];
const THOUGHTS = ['Say something clever.', 'Not this again.', 'I know exactly what I would do.', 'Why does this bother me so much?', 'Let it be long.', 'They think I should have coped.'];

function sentence(r: Rng, patient: string): string {
  const parts = [
    `${patient} ${r.pick(MOVES)}, and I feel ${r.pick(FEELINGS)} before the door has even closed.`,
    `It has been like this for ${r.int(2, 14)} months now; I keep thinking it should be simple.`,
    `Last ${r.pick(['Tuesday', 'week', 'month', 'winter'])} ${patient} ${r.pick(MOVES)}, and I said nothing.`,
    `I wonder what it is like to be ${patient} in that waiting room, *every single time*.`,
    `Perhaps the feeling in the room belongs partly to ${patient}: ${r.pick(FEELINGS)}, and unable to say so.`,
    `Nobody speaks for a while. Someone shifts in a chair; a radiator ticks.`,
    `I would just refer on. **Honestly**, that is what I would do.`,
  ];
  return r.pick(parts);
}
const para = (r: Rng, patient: string, n: number) => Array.from({ length: n }, () => sentence(r, patient)).join(' ');

interface Ctx {
  r: Rng;
  patient: string;
  speakers: string[];
  presenter: string;
  leader: string;
  competencies: string[];
  out: string[];
}

function lines(c: Ctx, n: number, conditions: string[] = []) {
  for (let i = 0; i < n; i++) {
    const who = c.r.next() < 0.2 ? null : c.r.pick(c.speakers);
    const text = para(c.r, c.patient, c.r.int(1, 3));
    if (who === null) c.out.push(text, '');
    else if (c.r.next() < 0.15) c.out.push(`**${who} (thinks):** ${c.r.pick(THOUGHTS)}`, '');
    else c.out.push(`**${who}:** ${text}`, '');
  }
  for (const cond of conditions) c.out.push(`[if ${cond}] **${c.presenter} (thinks):** ${c.r.pick(THOUGHTS)} ${sentence(c.r, c.patient)}`, '');
}

function scene(c: Ctx, id: string, minutes: number, nLines: number, conditions: string[] = []) {
  c.out.push(`### Scene: ${id}`, `Minutes: ${minutes}`, '');
  lines(c, nLines, conditions);
}

interface ChoiceSpec {
  routes: [string | null, string][];
  effects?: string;
  when?: string;
  silent?: boolean;
}

function choices(c: Ctx, sceneId: string, specs: ChoiceSpec[]) {
  specs.forEach((s, i) => {
    const id = `${sceneId}-${'abcd'[i]}`;
    const text = s.silent ? `Stay quiet and let ${c.presenter} find the words.` : `"${para(c.r, c.patient, 1).replace(/["*]/g, '')}"`;
    c.out.push(`#### Choice ${id}: ${text}`);
    if (s.silent) c.out.push('Silent: yes');
    if (s.when) c.out.push(`If: ${s.when}`);
    for (const [cond, target] of s.routes) c.out.push(`Goes to${cond ? ` if ${cond}` : ''}: [go on](#${target})`);
    if (s.effects) c.out.push(`Effects: ${s.effects}`);
    const ev = c.r.some(c.competencies, 1, 2).map((k) => `${k} ${c.r.pick(['+1', '+1', '-1'])}`);
    c.out.push(`Evidence: ${ev.join(', ')}`);
    c.out.push(`What happened: ${para(c.r, c.patient, c.r.int(1, 3))}`);
    c.out.push(`Why: ${para(c.r, c.patient, c.r.int(1, 2))}`, '', para(c.r, c.patient, 1));
    c.out.push(`Gives: ${para(c.r, c.patient, 1)}`, `Costs: ${para(c.r, c.patient, 1)}`, '');
  });
}

function ending(c: Ctx, id: string, title: string, kind: string) {
  c.out.push(`### Ending: ${id}`, 'Minutes: 1', `Title: ${title}`, `Kind: ${kind}`, '');
  c.out.push(`**${c.leader}:** Thank you for bringing ${c.patient} to us.`, '');
  c.out.push(`Debrief: ${para(c.r, c.patient, c.r.int(2, 4))}`, '', para(c.r, c.patient, 2), '');
}

/** Split `total` minutes into `n` positive whole parts. */
function split(r: Rng, total: number, n: number): number[] {
  const parts = Array.from({ length: n }, () => 1);
  for (let left = total - n; left > 0; left--) parts[r.int(0, n - 1)]!++;
  return parts;
}

const fx = (r: Rng, ...vars: string[]) => vars.map((v) => `${v} ${r.pick(['+5', '+10', '-5', '-10', '+15'])}`).join(', ');

/** Generate one valid script; `seed` decides everything. */
export function generateScript(seed: number, vocabulary: Vocabulary): { file: string; source: string } {
  const r = rng(seed);
  const track = r.next() < 0.5 ? 'member' : 'leader';
  const audience = track === 'member' ? 'member' : 'leader';
  const competencies = r.some(vocabulary.competencies.filter((k) => k.audience.includes(audience)).map((k) => k.id), 4, 7);
  const names = r.some(NAMES, 6, 9);
  const roles = track === 'member' ? ['leader', 'co-leader', 'presenter'] : ['co-leader', 'presenter'];
  const cast = names.map((name, i) => ({ id: name.toLowerCase(), name, role: roles[i] ?? 'member', persona: `${r.pick(PERSONAS)}; ${r.pick(FEELINGS)} tonight.` }));
  const presenter = cast.find((m) => m.role === 'presenter')!.name;
  const leader = track === 'member' ? cast[0]!.name : 'You';
  const patient = r.pick(PATIENTS);
  const id = `gen-${seed}`;
  const out: string[] = [
    '---',
    `id: ${id}`,
    `title: Generated session ${seed}`,
    'summary: >-',
    `  ${para(r, patient, 2)}`,
    `track: ${track}`,
    `seat: ${track === 'member' ? 'member' : 'leader'}`,
    `minutes: ${r.int(20, 30)}`,
    'sessionMinutes: 45',
    `setting: ${r.pick(SETTINGS)}`,
    `contentNotes: [${r.some(['bereavement', 'chronic pain', 'addiction', 'self-harm'], 0, 2).join(', ')}]`,
    `competencies: [${competencies.join(', ')}]`,
    `rules: [${r.some(vocabulary.rules.map((x) => x.id), 1, 4).join(', ')}]`,
    `challenges: [${r.some(vocabulary.challenges.map((x) => x.id), 2, 5).join(', ')}]`,
    'cast:',
    ...cast.map((m) => `  - { id: ${m.id}, name: ${m.name}, role: ${m.role}, persona: "${m.persona}" }`),
    'climate:',
    '  - { id: safety, label: Presenter safety, start: 60 }',
    '  - { id: focus, label: Focus on the relationship, start: 50 }',
    '  - { id: openness, label: Group openness, start: 50 }',
    '---',
    '',
    `# Generated session ${seed}`,
    '',
    'This case and everyone in it are a fictional composite, generated for a benchmark.',
    '',
    para(r, patient, 3),
    '',
  ];
  const c: Ctx = { r, patient, speakers: [...cast.map((m) => m.name), 'You'], presenter, leader, competencies, out };
  const opt = (p: number, spec: ChoiceSpec) => (r.next() < p ? [spec] : []);

  out.push('## Phase: opening', '');
  scene(c, 'arrival', 1, r.int(3, 6));
  out.push('Next: [Ask for a case](#call)', '');
  scene(c, 'call', 1, r.int(2, 4));
  choices(c, 'call', [
    { routes: [[null, 'offer']], effects: 'openness +10, safety +5', silent: true },
    { routes: [[null, 'offer']], effects: 'openness -10, safety -5' },
    { routes: [[null, 'offer']], effects: fx(r, 'focus') },
  ]);
  scene(c, 'offer', 1, r.int(2, 4), ['chose call-b']);
  out.push('Next: [The story](#story-1)', '');

  out.push('## Phase: presentation', '');
  const story = split(r, 8, r.int(2, 4));
  story.forEach((m, i) => {
    const next = i + 1 < story.length ? `story-${i + 2}` : 'q-open';
    scene(c, `story-${i + 1}`, m, r.int(3, 6), i === 0 ? ['openness > 50'] : []);
    if (i !== 1) out.push(`Next: [Go on](#${next})`, '');
    else choices(c, 'story-2', [
      { routes: [[null, next]], silent: true, effects: fx(r, 'safety') },
      { routes: [[null, next]], effects: fx(r, 'safety', 'focus') },
      { routes: [[null, next]], effects: fx(r, 'focus') },
    ]);
  });

  out.push('## Phase: questions', '');
  scene(c, 'q-open', 2, r.int(2, 4));
  choices(c, 'q-open', [
    { routes: [[null, 'q-fact']], effects: fx(r, 'safety') },
    { routes: [[null, 'q-probe']], effects: fx(r, 'safety', 'focus') },
    { routes: [['openness > 50', 'q-fact'], [null, 'q-probe']], silent: true },
  ]);
  scene(c, 'q-fact', 2, r.int(3, 5));
  out.push('Next: [More questions](#q-close)', '');
  scene(c, 'q-probe', 2, r.int(3, 5), ['chose q-open-b']);
  out.push('Next: [More questions](#q-close)', '');
  scene(c, 'q-close', 1, r.int(2, 3), ['visited q-probe']);
  choices(c, 'q-close', [
    { routes: [[null, 'disc-open-1']], silent: true },
    { routes: [[null, 'disc-open-1']], effects: fx(r, 'safety') },
    { routes: [[null, 'disc-open-1']], effects: fx(r, 'focus') },
    ...opt(0.5, { routes: [[null, 'disc-open-1']], when: 'visited q-probe', effects: fx(r, 'safety') }),
  ]);

  out.push('## Phase: discussion', '');
  const opening = split(r, 3, r.int(1, 2));
  opening.forEach((m, i) => {
    scene(c, `disc-open-${i + 1}`, m, r.int(3, 6), ['safety < 50', 'chose story-2-b or chose q-open-b']);
    out.push(`Next: [Go on](#${i + 1 < opening.length ? `disc-open-${i + 2}` : 'disc-1'})`, '');
  });
  scene(c, 'disc-1', 4, r.int(3, 5));
  choices(c, 'disc-1', [
    { routes: [[null, 'disc-deep']], effects: fx(r, 'focus') },
    { routes: [[null, 'disc-advice']], effects: fx(r, 'focus', 'safety') },
    { routes: [['safety >= 60 and not chose q-open-b', 'disc-deep'], [null, 'disc-advice']], silent: true },
  ]);
  scene(c, 'disc-deep', 4, r.int(3, 6), ['focus >= 60']);
  out.push('Next: [Go on](#disc-2)', '');
  scene(c, 'disc-advice', 4, r.int(3, 6));
  out.push('Next: [Go on](#disc-2)', '');
  scene(c, 'disc-2', 4, r.int(2, 4), ['visited disc-advice']);
  choices(c, 'disc-2', [
    { routes: [[null, 'disc-3']], effects: fx(r, 'focus') },
    { routes: [[null, 'disc-3']], silent: true },
    { routes: [[null, 'disc-3']], effects: fx(r, 'safety') },
    ...opt(0.5, { routes: [[null, 'disc-3']], when: 'chose disc-1-b', effects: fx(r, 'focus') }),
  ]);
  scene(c, 'disc-3', 3, r.int(2, 4), ['not chose disc-2-b']);
  choices(c, 'disc-3', [
    { routes: [[null, 'return-open']], effects: fx(r, 'safety') },
    { routes: [[null, 'return-guarded']], effects: fx(r, 'focus') },
    { routes: [['focus >= 50', 'return-open'], [null, 'return-guarded']], silent: true },
  ]);

  out.push('## Phase: return', '');
  scene(c, 'return-open', 3, r.int(2, 4));
  out.push('Next: [Close](#return-check)', '');
  scene(c, 'return-guarded', 3, r.int(2, 4), ['safety < 40']);
  out.push('Next if chose disc-1-b: [Repair](#return-repair)', 'Next: [Close](#return-check)', '');
  scene(c, 'return-check', 2, r.int(1, 3));
  choices(c, 'return-check', [
    { routes: [['openness > 50', 'close-good'], [null, 'close-warm']] },
    { routes: [[null, 'close-tips']], effects: fx(r, 'focus') },
    { routes: [['chose q-close-b', 'close-flat'], [null, 'close-warm']], silent: true },
  ]);
  scene(c, 'return-repair', 2, r.int(1, 3));
  choices(c, 'return-repair', [
    { routes: [[null, 'close-warm']] },
    { routes: [[null, 'close-tips']] },
    { routes: [['visited q-probe', 'close-flat'], [null, 'close-good']], silent: true },
  ]);

  out.push('## Phase: close', '');
  ending(c, 'close-good', 'A new picture of the patient', 'new-picture');
  ending(c, 'close-warm', 'Warm, but unfinished', 'unfinished');
  ending(c, 'close-tips', 'A list of tips', 'settled-on-advice');
  ending(c, 'close-flat', 'The group goes quiet', 'presenter-kept-distance');
  return { file: `generated/${id}.md`, source: out.join('\n') };
}
