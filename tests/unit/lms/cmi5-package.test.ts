/**
 * A cmi5 package from the shared assembler on a small made-up build: `cmi5.xml` at the root (one
 * AU per module, moveOn Completed, relative launch URL), the player and the chosen modules only,
 * and a launch page whose course block says cmi5 and whose CSP lets it reach the LMS's endpoint.
 */
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { CMI5_MANIFEST, auIri, cmi5Page } from '../../../src/lms/cmi5/course-structure';
import { readCourse } from '../../../src/lms/course-block';
import { assemblePackage } from '../../../src/lms/package/assemble-package';
import { CSP_META } from '../../../src/tools/csp';
import { readSmallBuild, smallKit, SMALL_INDEX } from './small-build';

const NS = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';
/** The small build, its page carrying the app's CSP as the production build writes it (quotes escaped). */
const INDEX = SMALL_INDEX.replace('<head>', `<head><meta http-equiv="Content-Security-Policy" content="${CSP_META.replace(/'/g, '&#39;')}">`);
const read = (path: string) => (path === 'index.html' ? Promise.resolve(strToU8(INDEX)) : readSmallBuild(path));
const build = (modules: string[]) => assemblePackage({ kit: smallKit(), modules, read, manifest: CMI5_MANIFEST });

describe('a cmi5 package', () => {
  it('has cmi5.xml at the root, the player and only the chosen modules, and no service worker', async () => {
    const pkg = await build(['first-group']);
    expect(Object.keys(unzipSync(pkg.zip)).sort()).toEqual(['assets/first-group-5.js', 'assets/index-1.js', 'cmi5.xml', 'favicon.svg', 'index.html']);
    expect(pkg.files[0]).toBe('cmi5.xml');
  });

  it('declares one course and one AU per module in course order, moveOn Completed, launching the player with a relative URL', async () => {
    const pkg = await build(['first-group', 'rule-honesty']);
    const doc = new JSDOM(strFromU8(unzipSync(pkg.zip)['cmi5.xml']!), { contentType: 'text/xml' }).window.document;
    expect(doc.documentElement.namespaceURI).toBe(NS);
    expect(doc.documentElement.localName).toBe('courseStructure');
    const course = doc.getElementsByTagNameNS(NS, 'course')[0]!;
    expect(course.getAttribute('id')).toMatch(/^https:\/\/balint-rehearsal\.invalid\/xapi\/courses\/balint-rehearsal-[0-9a-f]{16}$/);
    expect(course.getElementsByTagNameNS(NS, 'description')[0]!.textContent).toContain('never a grade');
    const aus = [...doc.getElementsByTagNameNS(NS, 'au')];
    expect(aus.map((au) => [au.getAttribute('moveOn'), au.getElementsByTagNameNS(NS, 'url')[0]!.textContent, au.getElementsByTagNameNS(NS, 'title')[0]!.textContent])).toEqual([
      ['Completed', 'index.html?module=first-group', 'Your first group & co'],
      ['Completed', 'index.html?module=rule-honesty', 'Ground rule: honesty'],
    ]);
    expect(aus[0]!.getAttribute('id')).toBe(auIri(pkg.manifest.match(/courses\/(balint-rehearsal-[0-9a-f]+)"/)![1]!, 'first-group'));
    expect(aus.some((au) => au.hasAttribute('masteryScore'))).toBe(false);
  });

  it('marks the launch page as a cmi5 package and lets it reach an LMS endpoint on another https origin', async () => {
    const pkg = await build(['first-group']);
    const page = strFromU8(unzipSync(pkg.zip)['index.html']!);
    const dom = new JSDOM(page);
    expect(readCourse(dom.window.document)).toEqual({ v: 3, format: 'cmi5', modules: ['first-group'] });
    expect(page).not.toContain('rel="manifest"');
    const csp = dom.window.document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).toContain("connect-src 'self' https:;");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("require-trusted-types-for 'script'");
  });

  it('opens connect-src the same way in a page whose policy is not escaped', () => {
    expect(cmi5Page(`<meta content="${CSP_META}">`)).toContain("connect-src 'self' https:;");
  });
});
