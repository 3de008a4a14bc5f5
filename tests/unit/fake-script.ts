/**
 * Compiled scripts built in code (Twine's `fakeX(overrides)` habit), for runtime and view tests
 * that need one tiny, exact shape (a debrief-only inner voice, a conditional debrief part, a legacy
 * choice) without going through the compiler. `fakeScript()` is a two-scene session: at `ask` the
 * learner picks `protect` or `wait`, and the session ends at `end`.
 */
import { SCRIPT_FORMAT, type Choice, type Ending, type Line, type Scene, type Script } from '../../src/script/types';

/** A paragraph of sanitised HTML, as the compiler makes it. */
export const p = (text: string) => `<p>${text}</p>`;

/** A line of the transcript. */
export function fakeLine(id: string, overrides: Partial<Line> = {}): Line {
  const text = overrides.text ?? `Line ${id}.`;
  return { id, kind: 'speech', speaker: 'ana', html: text, text, line: 1, ...overrides };
}

/** A choice whose feedback has every part, overridable one by one. */
export function fakeChoice(id: string, overrides: Partial<Omit<Choice, 'feedback'>> & { feedback?: Partial<Choice['feedback']> } = {}): Choice {
  const { feedback, ...rest } = overrides;
  return {
    id,
    text: `Choice ${id}`,
    silent: false,
    routes: [{ target: 'end', line: 1 }],
    effects: [],
    evidence: [],
    line: 1,
    ...rest,
    feedback: { happened: p(`${id} happened.`), why: p(`${id} why.`), gives: p(`${id} gives.`), costs: p(`${id} costs.`), also: '', ...feedback },
  };
}

/** An ending with a kind and an unconditional debrief. */
export function fakeEnding(overrides: Partial<Ending> = {}): Ending {
  return { title: 'The session ends', kind: 'left-with-a-question', debrief: [{ html: p('The group stayed with the case.') }], ...overrides };
}

/** A scene in the questions phase. */
export function fakeScene(id: string, overrides: Partial<Scene> = {}): Scene {
  return { id, phase: 'questions', minutes: 1, lines: [fakeLine(`${id}#1`)], choices: [], next: [], line: 1, ...overrides };
}

/** A valid two-scene script: `ask` (choices `protect`, `wait`) → `end`. */
export function fakeScript(overrides: Partial<Script> = {}): Script {
  return {
    format: SCRIPT_FORMAT,
    id: 'fake-module',
    hash: 'fake0000fake0000',
    file: 'fake.md',
    title: 'Fake module',
    summary: 'A module built in code.',
    intro: '',
    track: 'member',
    length: 'short',
    order: 1,
    setting: 'family medicine',
    props: [],
    minutes: 2,
    sessionMinutes: 45,
    contentNotes: [],
    seat: 'member',
    cast: [
      { id: 'ana', name: 'Ana', role: 'presenter', persona: 'The presenter.', line: 1 },
      { id: 'ben', name: 'Ben', role: 'leader', persona: 'The leader.', line: 1 },
    ],
    competencies: ['protect-presenter', 'tolerate-silence'],
    rules: [],
    challenges: [],
    related: [],
    climate: [{ id: 'safety', label: 'Presenter safety', start: 50, line: 1 }],
    start: 'ask',
    scenes: [
      fakeScene('ask', {
        choices: [
          fakeChoice('protect', { evidence: [{ competency: 'protect-presenter', delta: 1 }], effects: [{ variable: 'safety', delta: 20 }] }),
          fakeChoice('wait', { silent: true, text: 'Say nothing.', evidence: [{ competency: 'protect-presenter', delta: -1 }, { competency: 'tolerate-silence', delta: 1 }] }),
        ],
      }),
      fakeScene('end', { phase: 'close', ending: fakeEnding() }),
    ],
    ...overrides,
  };
}

/** `fakeScript()` with its scene `id` changed by `change`. */
export function withScene(script: Script, id: string, change: (s: Scene) => Scene): Script {
  return { ...script, scenes: script.scenes.map((s) => (s.id === id ? change(s) : s)) };
}
