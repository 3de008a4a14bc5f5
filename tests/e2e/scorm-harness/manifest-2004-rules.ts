/**
 * The SCORM 2004 4th edition package rules the tests hold a package to, checked the way an LMS's
 * importer does (CAM 1.3 and IMS CP 1.1.4), short of validating against the XSDs, which are not
 * ours to redistribute: `imsmanifest.xml` at the zip's root, the 2004 4th edition namespaces,
 * schema and schema version, organizations and resources consistent (every item's identifierref
 * names a resource, every dependency too, identifiers unique), every SCO resource marked
 * `adlcp:scormType="sco"` with an href that exists in the zip, every file listed exists, and
 * nothing that grades (no mastery or passing score, no objective satisfied by a measure, and no
 * item whose objective or completion the LMS would set itself when the SCO ends).
 * Returns the problems found, so a test can also show that a broken package is caught.
 */

const CP = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const ADLCP = 'http://www.adlnet.org/xsd/adlcp_v1p3';
const IMSSS = 'http://www.imsglobal.org/xsd/imsss';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const SCHEMA_FILES: Record<string, string> = {
  [CP]: 'imscp_v1p1.xsd',
  [ADLCP]: 'adlcp_v1p3.xsd',
  'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq_v1p3.xsd',
  'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav_v1p3.xsd',
  [IMSSS]: 'imsss_v1p0.xsd',
};

/** Parses XML text into a Document (DOMParser in jsdom, or JSDOM in Playwright's Node side). */
export type ParseXml = (text: string) => Document;

/** The problems of a SCORM 2004 4th edition package, given its zip entries (path → bytes). */
export function manifest2004Problems(entries: Record<string, Uint8Array>, parse: ParseXml): string[] {
  const problems: string[] = [];
  const raw = entries['imsmanifest.xml'];
  if (!raw) return ['imsmanifest.xml is not at the root of the zip'];
  const doc = parse(new TextDecoder().decode(raw));
  if (doc.getElementsByTagName('parsererror').length) return ['imsmanifest.xml is not well-formed XML'];
  const root = doc.documentElement;
  if (root.localName !== 'manifest' || root.namespaceURI !== CP) problems.push(`the root element is not an IMS CP 1.1.4 manifest (${root.namespaceURI} ${root.localName})`);
  if (!root.getAttribute('identifier')) problems.push('the manifest has no identifier');

  const locations = (root.getAttributeNS(XSI, 'schemaLocation') ?? '').trim().split(/\s+/);
  const pairs = new Map<string, string>();
  for (let i = 0; i + 1 < locations.length; i += 2) pairs.set(locations[i]!, locations[i + 1]!);
  for (const [ns, file] of Object.entries(SCHEMA_FILES)) if (pairs.get(ns) !== file) problems.push(`xsi:schemaLocation does not map ${ns} to ${file}`);

  const text = (el: Element | undefined) => el?.textContent?.trim();
  const metadata = [...root.children].find((c) => c.localName === 'metadata' && c.namespaceURI === CP);
  const child = (el: Element | undefined, name: string) => (el ? [...el.children].find((c) => c.localName === name && c.namespaceURI === CP) : undefined);
  if (text(child(metadata, 'schema')) !== 'ADL SCORM') problems.push('metadata/schema is not "ADL SCORM"');
  if (text(child(metadata, 'schemaversion')) !== '2004 4th Edition') problems.push('metadata/schemaversion is not "2004 4th Edition"');

  const byId = new Map<string, Element>();
  for (const el of doc.getElementsByTagNameNS('*', '*')) {
    const id = el.getAttribute('identifier');
    if (id === null) continue;
    if (byId.has(id)) problems.push(`the identifier "${id}" is used twice`);
    byId.set(id, el);
  }
  const resources = new Map([...doc.getElementsByTagNameNS(CP, 'resource')].map((r) => [r.getAttribute('identifier')!, r]));
  const organizations = child(root, 'organizations');
  const orgs = [...doc.getElementsByTagNameNS(CP, 'organization')];
  if (!orgs.length) problems.push('there is no organization');
  const def = organizations?.getAttribute('default');
  if (def && !orgs.some((o) => o.getAttribute('identifier') === def)) problems.push(`organizations/@default "${def}" names no organization`);

  const items = [...doc.getElementsByTagNameNS(CP, 'item')];
  if (!items.some((i) => i.hasAttribute('identifierref'))) problems.push('no item launches anything');
  for (const item of items) {
    const ref = item.getAttribute('identifierref');
    if (ref === null) continue;
    const res = resources.get(ref);
    if (!res) problems.push(`item "${item.getAttribute('identifier')}" names resource "${ref}", which does not exist`);
    else if (res.getAttributeNS(ADLCP, 'scormType') !== 'sco') problems.push(`item "${item.getAttribute('identifier')}" launches "${ref}", which is not adlcp:scormType="sco"`);
  }
  const path = (href: string) => decodeURIComponent(href.split(/[?#]/)[0]!);
  for (const [id, res] of resources) {
    const type = res.getAttributeNS(ADLCP, 'scormType');
    if (type !== 'sco' && type !== 'asset') problems.push(`resource "${id}" has no adlcp:scormType of "sco" or "asset"`);
    if (res.hasAttributeNS(ADLCP, 'scormtype') || res.hasAttribute('adlcp:scormtype')) problems.push(`resource "${id}" uses SCORM 1.2's adlcp:scormtype`);
    const href = res.getAttribute('href');
    if (type === 'sco' && !href) problems.push(`SCO resource "${id}" has no href`);
    if (href && !entries[path(href)]) problems.push(`resource "${id}" launches ${href}, which is not in the zip`);
    for (const dep of res.getElementsByTagNameNS(CP, 'dependency')) {
      const ref = dep.getAttribute('identifierref') ?? '';
      if (!resources.has(ref)) problems.push(`resource "${id}" depends on "${ref}", which does not exist`);
    }
  }
  for (const file of doc.getElementsByTagNameNS(CP, 'file')) {
    const href = file.getAttribute('href') ?? '';
    if (!entries[path(href)]) problems.push(`the manifest lists ${href}, which is not in the zip`);
  }
  const listed = new Set([...doc.getElementsByTagNameNS(CP, 'file')].map((f) => path(f.getAttribute('href') ?? '')));
  for (const name of Object.keys(entries)) if (name !== 'imsmanifest.xml' && !name.endsWith('/') && !listed.has(name)) problems.push(`${name} is in the zip but not in the manifest`);

  if (doc.getElementsByTagNameNS(ADLCP, 'masteryscore').length || /masteryscore|minNormalizedMeasure|satisfiedByMeasure="true"/i.test(new TextDecoder().decode(raw)))
    problems.push('the manifest carries a mastery or passing score');
  // Without these, an LMS marks a module's objective satisfied (passed) and completed when it ends.
  for (const item of items.filter((i) => i.hasAttribute('identifierref'))) {
    const dc = [...item.getElementsByTagNameNS(IMSSS, 'deliveryControls')][0];
    if (dc?.getAttribute('objectiveSetByContent') !== 'true' || dc.getAttribute('completionSetByContent') !== 'true')
      problems.push(`item "${item.getAttribute('identifier')}" lets the LMS set its completion or objective: deliveryControls must say completionSetByContent and objectiveSetByContent "true"`);
  }
  return problems;
}
