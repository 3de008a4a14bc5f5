/**
 * The words for the package builder's codes: the same sentences the instructor view showed while
 * the builder wrote them itself (e2e tests and the bench wait for some of them), and the failure
 * panel choosing between the development server's instructions and the reason.
 */
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { lmsPackages } from '../../../src/i18n/en/lms-packages';
import type { BuiltPackage } from '../../../src/instructor/types';
import PackageBuildFailure from '../../../src/views/lms/PackageBuildFailure.svelte';

afterEach(cleanup);

const built = (over: Partial<BuiltPackage> = {}): BuiltPackage => ({ fileName: 'week-1.zip', bytes: 300_000, files: 4, modules: 1, ms: 800, version: '1.2', format: 'scorm12', ...over });

describe('package words in English', () => {
  it('words the form problems as the panel showed them', () => {
    expect(lmsPackages.formProblem({ code: 'no-modules' })).toBe('Add at least one module in step 1: the package holds the modules chosen there.');
    expect(lmsPackages.formProblem({ code: 'title-too-long', max: 200 })).toBe('The course title is longer than 200 characters.');
    expect(lmsPackages.formProblem({ code: 'title-control' })).toBe('The course title contains control characters.');
  });

  it('words progress and the result, naming the format, with counts in the plural they need', () => {
    expect(lmsPackages.status({ code: 'idle' })).toBe('');
    expect(lmsPackages.status({ code: 'building', format: 'scorm2004', modules: 1 })).toBe('Building the SCORM 2004 4th edition package of 1 module…');
    expect(lmsPackages.status({ code: 'ready', built: built() })).toBe('SCORM 1.2 package ready: week-1.zip (293 KB, 4 files, 1 module). Your browser saved it with your downloads.');
    expect(lmsPackages.status({ code: 'ready', built: built({ format: 'cmi5', bytes: 10, files: 1, modules: 2 }) })).toBe('cmi5 package ready: week-1.zip (1 KB, 1 file, 2 modules). Your browser saved it with your downloads.');
  });

  it('says why a build failed, after "The package could not be built.", ending every reason with a full stop', () => {
    const because = (text: string) => `The package could not be built. ${text}`;
    expect(lmsPackages.failure({ code: 'offline' })).toBe(because('The app’s files could not be loaded: this browser seems to be offline and has not stored them yet. Open the app once while online (it then works offline), or try again when you are back online.'));
    expect(lmsPackages.failure({ code: 'fetch-failed', path: 'assets/index-1.js', status: 404 })).toBe(because('The app’s file assets/index-1.js could not be loaded (HTTP 404). The app may have been updated since this page was opened: reload the page and try again.'));
    expect(lmsPackages.failure({ code: 'part-not-loaded' })).toBe(because('Part of the app could not be loaded (offline, and not stored yet?). Reload the page while online and try again.'));
    expect(lmsPackages.failure({ code: 'package', problem: { code: 'unknown-modules', unknown: ['nope'], known: ['first-group'] } })).toBe(because('Unknown module id(s): nope. Known modules: first-group.'));
    expect(lmsPackages.failure({ code: 'other', message: 'The zip is too large' })).toBe(because('The zip is too large.'));
  });

  it('shows what to run instead on the development server (no package kit), and the reason otherwise', () => {
    const { rerender } = render(PackageBuildFailure, { props: { failure: { code: 'package', problem: { code: 'kit-missing' } } } });
    expect(screen.getByRole('alert').textContent).toMatch(/^This copy of the app cannot build packages: it is the development server/);
    rerender({ failure: { code: 'offline' } });
    expect(screen.getByRole('alert').textContent).toMatch(/^The package could not be built\. .*offline and has not stored them yet/);
    rerender({ failure: undefined });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
