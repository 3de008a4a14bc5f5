/**
 * `imsmanifest.xml` for a SCORM 1.2 package (IMS Content Packaging 1.1.2 with the ADL SCORM 1.2
 * extensions), written as a string template because its shape is fixed and small. Pure and free
 * of Node imports: the package assembler runs it in the browser (instructor view) and in Node
 * (`npm run export:scorm`).
 *
 * Shape: one organization; one item per module, each pointing at its own SCO resource, so the LMS
 * tracks status, time and suspend data per module. No item declares `adlcp:masteryscore`: Balint
 * Rehearsal does not grade sessions, and a mastery score would let the LMS turn a score into
 * passed or failed. Every SCO launches the same player,
 * `index.html?module=<id>` (the query picks the module; the app's routes live in the fragment).
 * A SCO resource lists the player page and its module's chunk, and depends on one shared `asset`
 * resource listing every other file, so every file in the zip is listed, and only the player page
 * more than once.
 *
 * The schema files themselves (`*.xsd`) are not bundled: LMSs validate against their own copies
 * and the ADL files are not ours to redistribute; the manifest references them by location as
 * SCORM 1.2 requires.
 */
import type { ManifestInput, ManifestWriter } from './types';
import { manifestXml } from './manifest-xml';
import { scormResources } from './scorm-resources';

const SCHEMA_LOCATION = [
  'http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd',
  'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd',
  'http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd',
].join(' ');

/** The SCORM 1.2 manifest XML. */
export function buildManifest(m: ManifestInput): string {
  return manifestXml(m, {
    version: '1.0',
    namespaces: [
      ['xmlns', 'http://www.imsproject.org/xsd/imscp_rootv1p1p2'],
      ['xmlns:adlcp', 'http://www.adlnet.org/xsd/adlcp_rootv1p2'],
    ],
    schemaLocation: SCHEMA_LOCATION,
    schema: { schema: 'ADL SCORM', version: '1.2' },
    itemAttributes: () => '',
    itemLines: [],
    organizationLines: [],
    resources: scormResources(m, { typeAttribute: 'adlcp:scormtype', href: (id) => `${m.launch}?module=${encodeURIComponent(id)}` }),
  });
}

/** The SCORM 1.2 writer the assembler takes. */
export const SCORM12_MANIFEST: ManifestWriter = { format: 'scorm12', file: 'imsmanifest.xml', write: buildManifest };
