/**
 * The SCORM 2004 4th edition package from the shared assembler, on a small made-up build, held to
 * the 2004 manifest rules (tests/e2e/scorm-harness/manifest-2004-rules.ts), which also catch each
 * kind of broken package.
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { assemblePackage } from '../../../src/lms/package/assemble-package';
import { NS_2004, SCORM2004_MANIFEST } from '../../../src/lms/package/manifest-2004';
import { readCourse } from '../../../src/lms/course-block';
import { manifest2004Problems } from '../../e2e/scorm-harness/manifest-2004-rules';
import { readSmallBuild, smallKit } from './small-build';

const kit = smallKit();
const read = readSmallBuild;
const parse = (text: string) => new DOMParser().parseFromString(text, 'application/xml');
const build = (modules = ['first-group', 'rule-honesty']) => assemblePackage({ kit: structuredClone(kit), modules, read, manifest: SCORM2004_MANIFEST });

/** The package's entries with its manifest text changed by `edit`. */
async function broken(edit: (xml: string) => string, drop?: string): Promise<Record<string, Uint8Array>> {
  const entries = unzipSync((await build()).zip);
  entries['imsmanifest.xml'] = strToU8(edit(strFromU8(entries['imsmanifest.xml']!)));
  if (drop) delete entries[drop];
  return entries;
}

describe('SCORM 2004 4th edition package', () => {
  it('meets the 2004 manifest rules, for one module and for several', async () => {
    for (const modules of [['rule-honesty'], ['first-group', 'rule-honesty']]) {
      const pkg = await build(modules);
      expect(pkg.files[0]).toBe('imsmanifest.xml');
      expect(manifest2004Problems(unzipSync(pkg.zip), parse)).toEqual([]);
    }
  });

  it('has one SCO per module in course order, launching the player with the module as the item\'s parameters', async () => {
    const doc = parse((await build()).manifest);
    const items = [...doc.getElementsByTagNameNS(NS_2004.cp, 'item')];
    expect(items.map((i) => [i.getAttribute('identifierref'), i.getAttribute('parameters')])).toEqual([
      ['RES-first-group', '?module=first-group'],
      ['RES-rule-honesty', '?module=rule-honesty'],
    ]);
    const scos = [...doc.getElementsByTagNameNS(NS_2004.cp, 'resource')].filter((r) => r.getAttributeNS(NS_2004.adlcp, 'scormType') === 'sco');
    expect(scos.map((r) => [r.getAttribute('identifier'), r.getAttribute('href')])).toEqual([
      ['RES-first-group', 'index.html'],
      ['RES-rule-honesty', 'index.html'],
    ]);
    expect(doc.getElementsByTagNameNS(NS_2004.cp, 'title')[1]!.textContent).toBe('Your first group & co');
    expect(doc.getElementsByTagNameNS(NS_2004.imsss, 'controlMode')[0]!.getAttribute('flow')).toBe('true');
  });

  it('declares its format in the course block, and has an identity of its own', async () => {
    const pkg = await build();
    const html = strFromU8(unzipSync(pkg.zip)['index.html']!);
    expect(readCourse(new DOMParser().parseFromString(html, 'text/html'))).toEqual({ v: 3, format: 'scorm2004', modules: ['first-group', 'rule-honesty'] });
    const v12 = await assemblePackage({ kit: structuredClone(kit), modules: ['first-group', 'rule-honesty'], read });
    expect(v12.course.format).toBe('scorm12');
    const id = (xml: string) => parse(xml).documentElement.getAttribute('identifier');
    expect(id(pkg.manifest)).not.toBe(id(v12.manifest));
    expect(id(pkg.manifest)).toBe(id((await build()).manifest));
  });

  it.each([
    ['no manifest at the root', (x: string) => x, 'imsmanifest.xml', /not at the root/],
    ['a 1.2 schema version', (x: string) => x.replace('2004 4th Edition', '1.2'), undefined, /schemaversion/],
    ['a 3rd edition schema location', (x: string) => x.replace('adlcp_v1p3.xsd', 'adlcp_v1p2.xsd'), undefined, /adlcp_v1p3/],
    ['an item naming no resource', (x: string) => x.replace('identifierref="RES-first-group"', 'identifierref="RES-nothing"'), undefined, /names resource "RES-nothing", which does not exist/],
    ['a SCO marked as an asset', (x: string) => x.replace('adlcp:scormType="sco" href="index.html"', 'adlcp:scormType="asset" href="index.html"'), undefined, /which is not adlcp:scormType="sco"/],
    ['1.2\'s lower-case scormtype', (x: string) => x.replaceAll('adlcp:scormType=', 'adlcp:scormtype='), undefined, /no adlcp:scormType/],
    ['a SCO launching a missing file', (x: string) => x.replace('href="index.html">', 'href="start.html">'), undefined, /launches start\.html, which is not in the zip/],
    ['a file missing from the zip', (x: string) => x, 'assets/index-1.js', /lists assets\/index-1\.js, which is not in the zip/],
    ['a passing score', (x: string) => x.replace('<imsss:deliveryControls', '<imsss:objectives><imsss:primaryObjective satisfiedByMeasure="true"><imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure></imsss:primaryObjective></imsss:objectives><imsss:deliveryControls'), undefined, /mastery or passing score/],
    ['the LMS setting the objective', (x: string) => x.replace('objectiveSetByContent="true"', 'objectiveSetByContent="false"'), undefined, /objectiveSetByContent/],
    ['not XML', () => '<manifest', undefined, /not well-formed/],
  ])('catches %s', async (_name, edit, drop, problem) => {
    expect(manifest2004Problems(await broken(edit, drop), parse).join('\n')).toMatch(problem);
  });
});
