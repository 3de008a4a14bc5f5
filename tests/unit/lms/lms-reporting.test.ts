/**
 * What the learner is told about the learning system: the footer's privacy line in each context,
 * and the notice when a package's session is not being recorded (a failed cmi5 launch handshake,
 * or a relaunch of a session that has ended). Package mode is decided once per page load, so each
 * case imports fresh modules.
 */
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Scorm12API } from 'scorm-again';
import { COURSE_BLOCK_ID } from '../../../src/lms/course-block-id';
import { lmsReporting } from '../../../src/lms/lms-reporting.svelte';
import { privacyLineOf, reportingOf } from '../../../src/lms/reporting';
import PrivacyLine from '../../../src/views/PrivacyLine.svelte';
import NotRecordedNotice from '../../../src/views/lms/NotRecordedNotice.svelte';
import PackageNotice from '../../../src/views/lms/PackageNotice.svelte';
import { MemoryRepository } from '../../../src/storage/memory-repository';
import { launchSearch } from './cmi5-launch-fixture';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  document.getElementById(COURSE_BLOCK_ID)?.remove();
  history.replaceState(null, '', '/');
  delete (window as { API?: unknown }).API;
  lmsReporting.state = 'device';
});

/** A page carrying a course block of `format` for the catalogue's first module, launched at `search`; fresh modules. */
async function packagePage(format: 'scorm12' | 'cmi5', search = '') {
  vi.resetModules();
  const catalog = await import('../../../src/catalog/catalog');
  const el = document.createElement('script');
  el.type = 'application/json';
  el.id = COURSE_BLOCK_ID;
  el.textContent = JSON.stringify({ v: 3, format, modules: [catalog.summaries[0]!.id] });
  document.head.append(el);
  history.replaceState(null, '', `/index.html${search}`);
  const hooks = await import('../../../src/lms/lms-hooks');
  // The fresh hooks' own state (the views below read the page's one, set by hand).
  const reporting = (await import('../../../src/lms/lms-reporting.svelte')).lmsReporting;
  return { hooks, reporting };
}

const footer = () => render(PrivacyLine).container.textContent!.trim();

describe('the privacy line', () => {
  it('chooses its words by context: the device outside a package, the LMS inside one, nothing sent when not recorded', () => {
    expect(privacyLineOf('device')).toBe('device');
    expect(privacyLineOf('starting')).toBe('lms');
    expect(privacyLineOf('recording')).toBe('lms');
    expect(privacyLineOf('browsing')).toBe('lmsBrowsing');
    expect(privacyLineOf('not-recorded')).toBe('notRecorded');
    expect(reportingOf(undefined)).toBe('not-recorded');
    expect(reportingOf({})).toBe('recording');
    expect(reportingOf({ tracking: false })).toBe('browsing');
  });

  it('says nothing leaves the device on an ordinary page, and shows no package notice', () => {
    expect(footer()).toBe('Nothing you do here leaves this device unless you export it.');
    render(PackageNotice);
    expect(screen.queryByText(/learning system/)).toBeNull();
  });

  it('in a package, says progress and each choice go to the learning system, on the intro and in the footer', () => {
    lmsReporting.state = 'recording';
    expect(footer()).toBe('In this course, your progress and each choice you make are sent to your organisation’s learning system. What you write in a reflection stays on this device.');
    render(PackageNotice);
    expect(screen.getByText('Your progress and each choice you make in this module are sent to your organisation’s learning system.')).toBeTruthy();
    render(NotRecordedNotice);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a SCORM package connected to its LMS API is recording', async () => {
    const { hooks, reporting } = await packagePage('scorm12');
    (window as { API?: unknown }).API = new Scorm12API({ logLevel: 5 });
    await hooks.lmsLaunch();
    expect(reporting.state).toBe('starting');
    await hooks.lmsReady(new MemoryRepository());
    expect(reporting.state).toBe('recording');
  });
});

describe('a session that is not recorded', () => {
  it('a cmi5 launch whose handshake fails is not recorded', async () => {
    const { hooks, reporting } = await packagePage('cmi5', launchSearch());
    // The LMS refuses the fetch URL (as CATAPULT does when it is used a second time).
    vi.stubGlobal('fetch', async () => new Response('{"error":"already used"}', { status: 401, headers: { 'content-type': 'application/json' } }));
    await hooks.lmsLaunch();
    await hooks.lmsReady(new MemoryRepository());
    expect(reporting.state).toBe('not-recorded');
  });

  it('tells the learner once, plainly, what to do, and the footer says nothing is sent', () => {
    lmsReporting.state = 'not-recorded';
    render(NotRecordedNotice);
    const alerts = screen.getAllByRole('alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.textContent).toContain('This session is not being recorded.');
    expect(alerts[0]!.textContent).toContain('You can still play. To have this session recorded, close this window and open the module again from your course.');
    expect(footer()).toBe('This session is not being recorded by your learning system: nothing you do here leaves this device.');
    render(PackageNotice);
    expect(screen.queryByText(/are sent to your organisation’s learning system/)).toBeNull();
  });
});
