/**
 * The instructor view's cmi5 package: the panel says what reaches the LMS and that nothing is
 * graded, and its builder (the SCORM builder with cmi5's writer, on a fake origin) offers a zip
 * with `cmi5.xml` whose page is a cmi5 package, with a participation score only when chosen.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCourse } from '../../../src/lms/course-block';
import Cmi5PackagePanel from '../../../src/views/instructor/Cmi5PackagePanel.svelte';
import { Cmi5PackageBuilder } from '../../../src/views/instructor/cmi5-package-builder.svelte';

vi.mock('virtual:balint/catalog', () => import('../mock-catalog'));
vi.mock('virtual:balint/catalog-details', () => import('../mock-catalog'));
vi.mock('virtual:balint/ending-kinds', () => import('../mock-catalog'));
afterEach(cleanup);

const kit = {
  v: 1,
  launch: 'index.html',
  player: ['assets/index-1.js', 'index.html'],
  modules: [{ id: 'first-group', title: 'Your first group', hash: '1123456789abcdef', chunk: 'assets/first-group-3.js' }],
};
const origin: Record<string, string> = {
  'scorm-kit.json': JSON.stringify(kit),
  'index.html': '<html><head><title>x</title></head><body></body></html>',
  'assets/index-1.js': 'app',
  'assets/first-group-3.js': 'b',
};

function builder() {
  const downloads: { blob: Blob; fileName: string }[] = [];
  const b = new Cmi5PackageBuilder({
    base: () => 'https://example.test/app/index.html',
    fetch: async (url) => new Response(strToU8(origin[url.href.slice('https://example.test/app/'.length)] ?? '')),
    download: (blob, fileName) => downloads.push({ blob, fileName }),
  });
  return { b, downloads };
}

async function entries(blob: Blob) {
  return unzipSync(new Uint8Array(await blob.arrayBuffer()));
}

describe('the cmi5 package builder', () => {
  it('offers a cmi5 package of the chosen modules, named after its title, reporting no score by default', async () => {
    const { b, downloads } = builder();
    expect(await b.build(['first-group'], 'Week 1')).toMatchObject({ fileName: 'week-1.zip', modules: 1 });
    const zip = await entries(downloads[0]!.blob);
    expect(strFromU8(zip['cmi5.xml']!)).toContain('moveOn="Completed"');
    expect(zip['imsmanifest.xml']).toBeUndefined();
    expect(readCourse(new DOMParser().parseFromString(strFromU8(zip['index.html']!), 'text/html'))).toEqual({ v: 3, format: 'cmi5', modules: ['first-group'] });
    expect(b.status).toMatchObject({ code: 'ready', built: { format: 'cmi5', fileName: 'week-1.zip' } });
  });

  it('asks for a participation score only when the instructor chose one', async () => {
    const { b, downloads } = builder();
    b.score = 'participation';
    await b.build(['first-group'], 'Week 1');
    const zip = await entries(downloads[0]!.blob);
    expect(readCourse(new DOMParser().parseFromString(strFromU8(zip['index.html']!), 'text/html'))?.score).toBe('participation');
  });
});

describe('Cmi5PackagePanel', () => {
  it('says what reaches the LMS and that nothing is graded, with no score chosen by default', () => {
    const { container } = render(Cmi5PackagePanel, { props: { modules: ['first-group'], assignmentTitle: 'Week 1' } });
    const text = container.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('The LMS then records each choice a learner makes');
    expect(text).toContain('No grade: a participation score only if you choose one.');
    expect((screen.getByRole('radio', { name: 'Choices, completion and time, no score' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('button', { name: 'Build cmi5 package' })).toBeTruthy();
  });

  it('speaks of the modules chosen in step 1, never of "0 modules", before any is chosen', () => {
    const { container } = render(Cmi5PackagePanel, { props: { modules: [], assignmentTitle: '' } });
    const text = container.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('a cmi5 package of the modules chosen in step 1, one unit per module');
    expect(text).not.toMatch(/\b0 modules/);
  });

  it('says what is missing, and moves focus there, when no module is chosen', async () => {
    render(Cmi5PackagePanel, { props: { modules: [], assignmentTitle: '' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Build cmi5 package' }));
    const problem = await screen.findByText(/Add at least one module in step 1/);
    expect(document.activeElement).toBe(problem);
  });
});
