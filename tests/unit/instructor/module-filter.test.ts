import { describe, expect, it } from 'vitest';
import { summaries } from '../../../src/catalog/catalog';
import { NO_FILTER, matchingModules } from '../../../src/instructor/module-filter';

describe('module picker filter', () => {
  it('lists modules not yet chosen that match track, challenge and ground rule together', () => {
    const withChallenge = summaries.find((s) => s.challenges.length)!;
    const challenge = withChallenge.challenges[0]!;
    const found = matchingModules(summaries, new Set(), { ...NO_FILTER, track: withChallenge.track, challenge });
    expect(found.map((s) => s.id)).toContain(withChallenge.id);
    expect(found.every((s) => s.track === withChallenge.track && s.challenges.includes(challenge))).toBe(true);
    expect(matchingModules(summaries, new Set([withChallenge.id]), { ...NO_FILTER, challenge }).map((s) => s.id)).not.toContain(withChallenge.id);
    const rule = summaries.find((s) => s.rules.length)!.rules[0]!;
    expect(matchingModules(summaries, new Set(), { ...NO_FILTER, rule }).every((s) => s.rules.includes(rule))).toBe(true);
    expect(matchingModules(summaries, new Set(), NO_FILTER)).toHaveLength(summaries.length);
  });
});
