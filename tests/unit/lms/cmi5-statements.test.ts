/**
 * The statements a cmi5 AU sends, as data: each is valid xAPI (checked with Learning Locker's
 * validator), keeps the LMS's context template, carries the cmi5 category only when cmi5 defines
 * the verb, and never grades. The CATAPULT player checks the same rules on real traffic in
 * `npm run test:lms`.
 */
import validate from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { choiceFacts } from '../../../src/lms/cmi5/choice-facts';
import {
  answeredStatement,
  carriedOver,
  completedStatement,
  contextFor,
  initializedStatement,
  progressedStatement,
  scoredStatement,
  terminatedStatement,
} from '../../../src/lms/cmi5/cmi5-statements';
import { APP_EXT, CMI5, INTERACTION_TYPE } from '../../../src/lms/xapi/iris';
import type { Statement } from '../../../src/lms/xapi/types';
import type { Step } from '../../../src/storage/types';
import { validFixture } from '../compile-fixture';
import { LAUNCH, LAUNCH_DATA } from './cmi5-launch-fixture';

const script = validFixture('branching');
const AT = '2026-12-01T10:00:00.000Z';
const steps: Step[] = [
  { type: 'choice', scene: 'ask', choice: 'wait', at: '2026-12-01T10:00:20.000Z' },
  { type: 'choice', scene: 'discuss', choice: 'rescue', at: '2026-12-01T10:01:05.500Z' },
];
const facts = choiceFacts(script, steps, 0, AT);
const answered = answeredStatement(LAUNCH, facts[1]!);
const categories = (s: Statement) => (s.context.contextActivities?.category ?? []).map((c) => c.id);

const every: [string, Statement][] = [
  ['initialized', initializedStatement(LAUNCH, AT)],
  ['answered', answered],
  ['progressed', progressedStatement(LAUNCH, AT, 40)],
  ['completed', completedStatement(LAUNCH, AT, 125_000)],
  ['scored', scoredStatement(LAUNCH, AT, 50)],
  ['terminated', terminatedStatement(LAUNCH, AT, 3_723_450)],
];

describe('statements of a cmi5 AU', () => {
  it.each(every)('%s is a valid xAPI statement with an id and a UTC timestamp set by the app', (_, s) => {
    expect(validate(structuredClone(s)).map((w: { path: string[] }) => w.path.join('.'))).toEqual([]);
    expect(s.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(s.timestamp).toMatch(/Z$/);
  });

  it('keeps the context template unchanged and adds the registration and categories to it', () => {
    for (const [, s] of every) {
      const { registration, contextActivities, extensions } = s.context;
      expect(registration).toBe(LAUNCH.registration);
      expect(extensions).toEqual(LAUNCH_DATA.contextTemplate.extensions);
      expect(contextActivities?.grouping).toEqual(LAUNCH_DATA.contextTemplate.contextActivities?.grouping);
      expect(contextActivities?.other).toEqual(LAUNCH_DATA.contextTemplate.contextActivities?.other);
    }
    expect(LAUNCH_DATA.contextTemplate.contextActivities).not.toHaveProperty('category');
  });

  it('puts the cmi5 category on cmi5 defined statements only, and moveOn only on completed', () => {
    expect(Object.fromEntries(every.map(([name, s]) => [name, categories(s)]))).toEqual({
      initialized: [CMI5.category],
      answered: [],
      progressed: [],
      completed: [CMI5.category, CMI5.moveOn],
      scored: [],
      terminated: [CMI5.category],
    });
  });

  it('uses the launch activity id as the object of cmi5 defined statements', () => {
    for (const [name, s] of every) if (name !== 'answered') expect(s.object).toEqual({ objectType: 'Activity', id: LAUNCH.activityId });
  });

  it('describes a decision as a choice interaction offering the choices that were on offer, with no correct response', () => {
    expect(answered.object.id).toBe(`${LAUNCH.activityId}/decisions/discuss`);
    expect(answered.object.definition).toMatchObject({
      type: INTERACTION_TYPE,
      interactionType: 'choice',
      choices: [
        { id: 'hold', description: { en: 'Hold the silence.' } },
        { id: 'rescue', description: { en: 'Shall we hear from Ana again?' } },
      ],
      extensions: { [APP_EXT.scene]: 'discuss' },
    });
    expect(answered.object.definition).not.toHaveProperty('correctResponsesPattern');
    expect(answered.result?.response).toBe('rescue');
    expect(answered.context.contextActivities?.parent).toEqual([{ id: LAUNCH.activityId, objectType: 'Activity' }]);
  });

  it('carries the climate after the choice, its evidence, the module and the time it took, never success or a score', () => {
    expect(answered.result).toEqual({
      response: 'rescue',
      duration: 'PT45.5S',
      extensions: {
        [APP_EXT.module]: 'fixture-branching',
        [APP_EXT.scriptHash]: script.hash,
        [APP_EXT.evidence]: { 'tolerate-silence': -1 },
        [APP_EXT.climate]: { safety: 20 },
      },
    });
  });

  it('says completed with completion and the time spent, and never success or a score', () => {
    expect(every.find(([n]) => n === 'completed')![1].result).toEqual({ completion: true, duration: 'PT2M5S' });
    for (const [name, s] of every) {
      expect(s.result ?? {}).not.toHaveProperty('success');
      if (name !== 'scored') expect(s.result ?? {}).not.toHaveProperty('score');
    }
  });

  it('keeps progress between 0 and 99, since 100 is what completed says', () => {
    const progress = (p: number) => progressedStatement(LAUNCH, AT, p).result?.extensions?.[CMI5.progress];
    expect([progress(-5), progress(42.4), progress(100)]).toEqual([0, 42, 99]);
  });

  it('reports a participation score as points of 100 on its own scored statement', () => {
    expect(scoredStatement(LAUNCH, AT, 100).result).toEqual({ score: { scaled: 1, raw: 100, min: 0, max: 100 } });
  });

  it('gives the session time on terminated', () => {
    expect(every.at(-1)![1].result).toEqual({ duration: 'PT1H2M3.45S' });
  });

  it('does not change the template it is given', () => {
    const before = structuredClone(LAUNCH.contextTemplate);
    contextFor(LAUNCH, { categories: [CMI5.category], parent: LAUNCH.activityId });
    expect(LAUNCH.contextTemplate).toEqual(before);
  });
});

describe('a statement carried over from a session the LMS closed before it arrived', () => {
  const later = { ...LAUNCH, contextTemplate: { ...LAUNCH.contextTemplate, extensions: { [CMI5.sessionId]: 'a-later-session' } } };
  const NOW = '2026-12-02T09:00:00.000Z';

  it('keeps its id and content, takes the new session\'s context and time, and says when it happened', () => {
    const again = carriedOver(later, answered, NOW)!;
    expect(again.id).toBe(answered.id);
    expect(again.object).toEqual(answered.object);
    expect(again.result).toEqual({ ...answered.result, extensions: { ...answered.result!.extensions, [APP_EXT.recordedAt]: answered.timestamp } });
    expect(again.timestamp).toBe(NOW);
    expect(again.context.extensions).toEqual({ [CMI5.sessionId]: 'a-later-session' });
    expect(validate(structuredClone(again))).toEqual([]);
  });

  it('carries over choices, completion and scores, but not what belongs to its own session or to someone else', () => {
    const carried = every.filter(([, s]) => carriedOver(later, s, NOW)).map(([name]) => name);
    expect(carried).toEqual(['answered', 'completed', 'scored']);
    expect(carriedOver({ ...later, registration: '00000000-0000-4000-8000-000000000000' }, answered, NOW)).toBeUndefined();
    expect(carriedOver({ ...later, activityId: 'https://lms.example/activities/au/43' }, answered, NOW)).toBeUndefined();
  });
});
