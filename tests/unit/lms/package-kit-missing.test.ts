/**
 * Under `npm start` there is no package kit: the development server answers its address with the
 * app's page (HTML) or a 404. The package sections then say what to run, instead of a JSON error.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { kitFromResponse, KitMissing } from '../../../src/lms/package/kit-response';
import Cmi5PackagePanel from '../../../src/views/instructor/Cmi5PackagePanel.svelte';
import ScormPackagePanel from '../../../src/views/instructor/ScormPackagePanel.svelte';

vi.mock('virtual:balint/catalog', () => import('../mock-catalog'));
vi.mock('virtual:balint/catalog-details', () => import('../mock-catalog'));
vi.mock('virtual:balint/ending-kinds', () => import('../mock-catalog'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const html = () => new Response('<!doctype html><html><head></head><body></body></html>', { status: 200, headers: { 'content-type': 'text/html' } });
const notFound = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });

describe('the package kit request', () => {
  it('reads the kit from JSON and tells an HTML page or a 404 apart as a missing kit', async () => {
    expect(await kitFromResponse(new Response('{"v":1}', { headers: { 'content-type': 'application/json' } }))).toEqual({ v: 1 });
    await expect(kitFromResponse(html())).rejects.toBeInstanceOf(KitMissing);
    await expect(kitFromResponse(notFound())).rejects.toBeInstanceOf(KitMissing);
    await expect(kitFromResponse(new Response('x', { status: 500 }))).rejects.toMatchObject({ problem: { code: 'kit-http', status: 500 } });
    await expect(kitFromResponse(new Response('{', { headers: { 'content-type': 'application/json' } }))).rejects.toMatchObject({ problem: { code: 'kit-not-json' } });
  });
});

describe.each([
  ['ScormPackagePanel', ScormPackagePanel, 'Build SCORM package'],
  ['Cmi5PackagePanel', Cmi5PackagePanel, 'Build cmi5 package'],
] as const)('%s without a package kit', (_name, Panel, button) => {
  it.each([
    ['an HTML page', html],
    ['a 404', notFound],
  ])('says what to run when the kit request answers %s', async (_answer, answer) => {
    vi.stubGlobal('fetch', async () => answer());
    render(Panel, { props: { modules: ['first-group'], assignmentTitle: 'Week 1' } });
    await fireEvent.click(screen.getByRole('button', { name: button }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('it is the development server (npm start)');
    expect(alert.textContent).toContain('Run npm run build && npm run preview');
    expect(alert.textContent).not.toMatch(/Unexpected token|JSON/);
  });
});
