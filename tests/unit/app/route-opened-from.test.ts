/** A module's route (and its debrief's) carries the assignment it was opened from (`?from=<link payload>`), checked for shape only. */
import { describe, expect, it } from 'vitest';
import { debriefHref, moduleHref } from '../../../src/app/route-href';
import { parseRoute } from '../../../src/app/router.svelte';
import { MAX_PAYLOAD_CHARS } from '../../../src/assignments/link-route';

describe('a module route opened from an assignment', () => {
  it('carries the link payload it was opened from', () => {
    expect(parseRoute('#/module/m-1?from=3abc_DEF-9')).toEqual({ name: 'module', id: 'm-1', from: '3abc_DEF-9' });
  });

  it('has no assignment when the address names none', () => {
    expect(parseRoute('#/module/m-1')).toEqual({ name: 'module', id: 'm-1' });
  });

  it('keeps a payload exactly as long as a link may carry', () => {
    expect(parseRoute(`#/module/m-1?from=${'A'.repeat(MAX_PAYLOAD_CHARS)}`)).toMatchObject({ from: 'A'.repeat(MAX_PAYLOAD_CHARS) });
  });

  it.each([
    ['other query keys', '?reflection'],
    ['a payload with a character outside base64url', '?from=ab%2Fcd'],
    ['a payload longer than a link may carry', `?from=${'A'.repeat(MAX_PAYLOAD_CHARS + 1)}`],
    ['an empty payload', '?from='],
    ['a payload named twice', '?from=abc&from=def'],
    ['a payload followed by a second question mark', '?from=abc?def'],
  ])('ignores %s', (_, query) => {
    expect(parseRoute(`#/module/m-1${query}`)).toEqual({ name: 'module', id: 'm-1' });
  });

  it('reads back the address moduleHref writes', () => {
    expect(parseRoute(moduleHref('m-1', 'eyJ2IjoxfQ'))).toEqual({ name: 'module', id: 'm-1', from: 'eyJ2IjoxfQ' });
    expect(moduleHref('m-1')).toBe('#/module/m-1');
  });

  it('carries on to the debrief’s own address', () => {
    expect(parseRoute(debriefHref('attempt-1', 'eyJ2IjoxfQ'))).toEqual({ name: 'debrief', attemptId: 'attempt-1', from: 'eyJ2IjoxfQ' });
  });

  it('ignores a debrief payload that is not base64url', () => {
    expect(parseRoute('#/debrief/attempt-1?from=a.b')).toEqual({ name: 'debrief', attemptId: 'attempt-1' });
  });
});
