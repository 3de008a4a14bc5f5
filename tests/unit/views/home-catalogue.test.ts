/**
 * The home page's module list: grouped by track, one track at a time from the role cards, and a
 * one-line focus per module. Summaries are made from tiny scripts built in code.
 */
import { describe, expect, it } from 'vitest';
import { CatalogFilter } from '../../../src/catalog/catalog-filter.svelte';
import { summarise } from '../../../src/catalog/summarise';
import { practiseFocus } from '../../../src/views/home/practise-focus';
import { fakeScript } from '../fake-script';

const lead = summarise(fakeScript({ id: 'lead', track: 'leader', challenges: ['silence'], competencies: ['tolerate-silence'] }));
const member = summarise(fakeScript({ id: 'member', track: 'member', challenges: ['advice-giving'] }));
const first = summarise(fakeScript({ id: 'first', track: 'foundations', rules: ['honesty'] }));

describe('the home module list', () => {
  it('groups the matching modules by track, foundations first, and leaves out a track with none', () => {
    const filter = new CatalogFilter([lead, member, first]);
    expect(filter.groups.map((g) => [g.track, g.modules.map((m) => m.id)])).toEqual([
      ['foundations', ['first']],
      ['member', ['member']],
      ['leader', ['lead']],
    ]);
    filter.challenge = 'advice-giving';
    expect(filter.groups.map((g) => g.track)).toEqual(['member']);
  });

  it('shows one track and clears every other filter when a role card asks for it', () => {
    const filter = new CatalogFilter([lead, member, first]);
    filter.challenge = 'advice-giving';
    filter.length = 'long';
    filter.showTrack('leader');
    expect([filter.track, filter.challenge, filter.rule, filter.length]).toEqual(['leader', '', '', '']);
    expect(filter.results.map((m) => m.id)).toEqual(['lead']);
  });

  it("names a leader module's challenges and another module's competencies, main focus first", () => {
    const leader = { track: 'leader' as const, challenges: ['a', 'b', 'c', 'd'], competencies: ['x'] };
    expect(practiseFocus(leader)).toEqual({ kind: 'challenges', ids: ['a', 'b', 'c'] });
    expect(practiseFocus({ ...leader, track: 'member' })).toEqual({ kind: 'competencies', ids: ['x'] });
    expect(practiseFocus({ ...leader, challenges: [] })).toEqual({ kind: 'competencies', ids: ['x'] });
  });
});
