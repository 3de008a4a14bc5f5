/**
 * A fast-check generator of script-shaped sessions for the property "what the validator accepts,
 * the player plays": a climate of one to three variables with random starts (finite or not),
 * scenes with conditional lines, conditional choices and routes, effects of any size, evidence,
 * endings with conditional debrief paragraphs, and ways on that may go forward, stay, or loop
 * back (the explorer decides which loops are bounded). Every scene's last way on goes to the next
 * scene, and the last scene offers one choice per ending, so most scripts are reachable; lists
 * may still repeat an entry, and numbers may still be out of range. Some generated scripts are
 * refused; the property is about the ones that are not.
 */
import fc from 'fast-check';

const VARS = ['safety', 'focus', 'openness'];
const OPS = ['<', '<=', '>', '>=', '==', '!='];
const COMPETENCIES = ['protect-presenter', 'tolerate-silence', 'restraint-from-advice'];

interface ChoiceSpec {
  when?: string;
  silent: boolean;
  effects: [number, number][];
  evidence: [number, number][];
  /** Ways on tried before the unconditional one (the last entry's condition is not used). */
  routes: { when: string; target: number }[];
}
interface SceneSpec {
  lines: { when?: string; speaker: boolean }[];
  choices: ChoiceSpec[];
  next: { when: string; target: number }[];
}
export interface ScriptSpec {
  starts: number[];
  competencies: number[];
  notes: number;
  scenes: SceneSpec[];
  endings: { debriefWhen?: string }[];
}

/** A condition over the generated ids (scene and choice ids are filled in when written). */
const condition: fc.Arbitrary<string> = fc.letrec<{ c: string }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(fc.nat({ max: 2 }), fc.constantFrom(...OPS), fc.integer({ min: -10, max: 110 })).map(([v, op, n]) => `@v${v} ${op} ${n}`),
    fc.nat({ max: 20 }).map((i) => `chose @c${i}`),
    fc.nat({ max: 10 }).map((i) => `visited @s${i}`),
    tie('c').map((c) => `not ${c}`),
    fc.tuple(tie('c'), fc.constantFrom('and', 'or'), tie('c')).map(([a, op, b]) => `(${a} ${op} ${b})`),
  ),
})).c;

const maybe = <T>(a: fc.Arbitrary<T>, p = 0.3) => fc.option(a, { freq: Math.round(1 / p) - 1, nil: undefined });
const target = fc.integer({ min: -2, max: 8 });

const choiceSpec: fc.Arbitrary<ChoiceSpec> = fc.record({
  when: maybe(condition, 0.15),
  silent: fc.boolean(),
  effects: fc.array(fc.tuple(fc.nat({ max: 2 }), fc.oneof({ weight: 19, arbitrary: fc.integer({ min: -30, max: 30 }) }, { weight: 1, arbitrary: fc.constantFrom(101, -150) })), { maxLength: 3 }),
  evidence: fc.array(fc.tuple(fc.nat({ max: 2 }), fc.integer({ min: -2, max: 2 })), { maxLength: 2 }),
  routes: fc.array(fc.record({ when: condition, target }), { minLength: 1, maxLength: 3 }),
});

const sceneSpec: fc.Arbitrary<SceneSpec> = fc.record({
  lines: fc.array(fc.record({ when: maybe(condition, 0.3), speaker: fc.boolean() }), { minLength: 1, maxLength: 3 }),
  choices: fc.array(choiceSpec, { maxLength: 3 }),
  next: fc.array(fc.record({ when: condition, target }), { minLength: 1, maxLength: 2 }),
});

/** A random script spec. */
export const scriptSpec: fc.Arbitrary<ScriptSpec> = fc.record({
  starts: fc.array(fc.oneof({ weight: 20, arbitrary: fc.integer({ min: 0, max: 100 }) }, { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Infinity, -1, 101, 50.5) }), { minLength: 1, maxLength: 3 }),
  competencies: fc.oneof(
    { weight: 9, arbitrary: fc.uniqueArray(fc.nat({ max: 2 }), { minLength: 1, maxLength: 3 }) },
    { weight: 1, arbitrary: fc.array(fc.nat({ max: 2 }), { minLength: 2, maxLength: 3 }) },
  ),
  notes: fc.nat({ max: 3 }),
  scenes: fc.array(sceneSpec, { minLength: 1, maxLength: 6 }),
  endings: fc.array(fc.record({ debriefWhen: maybe(condition, 0.5) }), { minLength: 1, maxLength: 3 }),
});

/** The entries whose key no earlier entry has. */
const unique = <T>(xs: readonly T[], key: (x: T) => string) => xs.filter((x, i) => xs.findIndex((y) => key(y) === key(x)) === i);

const yamlNumber = (n: number) => (Number.isNaN(n) ? '.nan' : n === Infinity ? '.inf' : String(n));
const signed = (n: number) => (n >= 0 ? `+${n}` : String(n));

/** The spec as a script. Targets below 0 are endings; ids in conditions are the script's own. */
export function writeScript(spec: ScriptSpec): string {
  const vars = spec.starts.map((_, i) => VARS[i]!);
  const scene = (i: number) => `s${i}`;
  const ending = (i: number) => `e${((i % spec.endings.length) + spec.endings.length) % spec.endings.length}`;
  const to = (t: number, from: number) => (t < 0 ? ending(-t - 1) : t === from || t < spec.scenes.length ? scene(t) : ending(t));
  const choiceIds = spec.scenes.flatMap((s, i) => s.choices.map((_, j) => `c${i}-${j}`));
  const fill = (c: string) =>
    c
      .replace(/@v(\d)/g, (_, v) => vars[Number(v) % vars.length]!)
      .replace(/@c(\d+)/g, (_, n) => choiceIds[Number(n) % Math.max(1, choiceIds.length)] ?? 'c0-0')
      .replace(/@s(\d+)/g, (_, n) => scene(Number(n) % spec.scenes.length));
  const declared = spec.competencies.map((c) => COMPETENCIES[c]!);
  const out = [
    '---',
    'id: random-script',
    'title: A random script',
    'summary: Generated for a property test.',
    'track: foundations',
    'seat: member',
    'minutes: 5',
    'setting: family medicine',
    `contentNotes: [${Array.from({ length: spec.notes }, (_, i) => `theme ${i}`).join(', ')}]`,
    `competencies: [${declared.join(', ')}]`,
    'cast:',
    '  - { id: ana, name: Ana, role: presenter, persona: "The presenter." }',
    'climate:',
    ...spec.starts.map((s, i) => `  - { id: ${vars[i]}, label: ${vars[i]}, start: ${yamlNumber(s)} }`),
    '---',
    '',
    'A generated introduction.',
    '',
    '## Phase: questions',
    '',
  ];
  const last = spec.scenes.length - 1;
  /** The unconditional way on: the next scene, or from the last scene, an ending. */
  const fallback = (i: number, j: number) => (i < last ? scene(i + 1) : ending(j));
  spec.scenes.forEach((s0, i) => {
    // The last scene offers one choice per ending, so each ending has a way in.
    const s = i === last ? { ...s0, choices: spec.endings.map((_, j) => s0.choices[j] ?? { silent: false, effects: [], evidence: [], routes: [{ when: 'safety >= 0', target: -1 }] }) } : s0;
    out.push(`### Scene: ${scene(i)}`, '');
    for (const [k, l] of s.lines.entries()) out.push(`${l.when ? `[if ${fill(l.when)}] ` : ''}${l.speaker ? '**Ana:** ' : ''}Line ${k} of scene ${i}.`, '');
    if (s.choices.length) {
      s.choices.forEach((c, j) => {
        out.push(`#### Choice c${i}-${j}: Choice ${j}.`);
        if (c.when && j > 0) out.push(`If: ${fill(c.when)}`);
        if (c.silent) out.push('Silent: yes');
        const effects = unique(c.effects, ([v]) => vars[v % vars.length]!);
        if (effects.length) out.push(`Effects: ${effects.map(([v, d]) => `${vars[v % vars.length]} ${signed(d)}`).join(', ')}`);
        for (const r of c.routes.slice(0, -1)) out.push(`Goes to if ${fill(r.when)}: [on](#${to(r.target, i)})`);
        out.push(`Goes to: [on](#${fallback(i, j)})`);
        const evidence = unique([[0, 1] as [number, number], ...c.evidence], ([k]) => declared[k % declared.length]!);
        out.push(`Evidence: ${evidence.map(([k, d]) => `${declared[k % declared.length]} ${signed(d)}`).join(', ')}`);
        out.push('What happened: Something.', 'Why: Because.', 'Gives: Room.', 'Costs: Time.', '');
      });
    } else {
      for (const r of s.next.slice(0, -1)) out.push(`Next if ${fill(r.when)}: [on](#${to(r.target, i)})`);
      out.push(`Next: [on](#${fallback(i, 0)})`, '');
    }
  });
  out.push('## Phase: close', '');
  spec.endings.forEach((e, i) => {
    out.push(`### Ending: e${i}`, 'Title: An ending', 'Kind: left-with-a-question', '', '**Ana:** Thank you.', '', 'Debrief: What happened.', '');
    if (e.debriefWhen) out.push(`[if ${fill(e.debriefWhen)}] A paragraph for this path.`, '');
  });
  return out.join('\n');
}
