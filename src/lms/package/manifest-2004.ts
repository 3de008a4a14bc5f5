/**
 * `imsmanifest.xml` for a SCORM 2004 4th edition package (IMS Content Packaging 1.1.4 with the ADL
 * CAM 1.3 extensions and IMS Simple Sequencing), written as a string template like the 1.2 one
 * (`manifest.ts`), from the same input. Pure and free of Node imports.
 *
 * Shape: one organization; one item per module, each pointing at its own SCO resource
 * (`adlcp:scormType="sco"`, `href="index.html"`, the module chosen by the item's
 * `parameters="?module=<id>"`, which the LMS appends to the launch URL), so the LMS tracks
 * completion, time, suspend data and interactions per module; one shared `asset` resource lists
 * the rest of the player (`scorm-resources.ts`, shared with 1.2).
 *
 * Sequencing, kept to what a non-graded course needs:
 * - the organization allows choice (the table of contents) and flow (Continue/Previous between
 *   modules), in course order;
 * - every item says `completionSetByContent` and `objectiveSetByContent`: the SCO reports
 *   completion itself, and the LMS must not mark the module's objective satisfied (that is,
 *   "passed") because it ended; the SCO never reports success, so it stays unknown;
 * - no `imsss:objectives` with a minimum measure, and no mastery or passing score anywhere: Balint
 *   Rehearsal does not grade sessions, and a passing score would let the LMS turn a score into
 *   passed or failed.
 *
 * The schema files (`*.xsd`) are not bundled, as for 1.2: LMSs validate against their own copies.
 */
import type { ManifestInput, ManifestWriter } from './types';
import { manifestXml } from './manifest-xml';
import { scormResources } from './scorm-resources';
import { xmlEscape } from './xml';

/** Namespaces of a SCORM 2004 4th edition manifest. */
export const NS_2004 = {
  cp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
  adlseq: 'http://www.adlnet.org/xsd/adlseq_v1p3',
  adlnav: 'http://www.adlnet.org/xsd/adlnav_v1p3',
  imsss: 'http://www.imsglobal.org/xsd/imsss',
} as const;

/** `<schema>` and `<schemaversion>` of a SCORM 2004 4th edition package. */
export const SCHEMA_2004 = { schema: 'ADL SCORM', version: '2004 4th Edition' } as const;

const SCHEMA_LOCATION = [
  `${NS_2004.cp} imscp_v1p1.xsd`,
  `${NS_2004.adlcp} adlcp_v1p3.xsd`,
  `${NS_2004.adlseq} adlseq_v1p3.xsd`,
  `${NS_2004.adlnav} adlnav_v1p3.xsd`,
  `${NS_2004.imsss} imsss_v1p0.xsd`,
].join(' ');

/** The SCORM 2004 4th edition manifest XML. */
export function buildManifest2004(m: ManifestInput): string {
  return manifestXml(m, {
    version: '1',
    namespaces: [
      ['xmlns', NS_2004.cp],
      ['xmlns:adlcp', NS_2004.adlcp],
      ['xmlns:adlseq', NS_2004.adlseq],
      ['xmlns:adlnav', NS_2004.adlnav],
      ['xmlns:imsss', NS_2004.imsss],
    ],
    schemaLocation: SCHEMA_LOCATION,
    schema: SCHEMA_2004,
    itemAttributes: (id) => ` parameters="${xmlEscape(`?module=${encodeURIComponent(id)}`)}"`,
    itemLines: [
      `        <imsss:sequencing>`,
      `          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>`,
      `        </imsss:sequencing>`,
    ],
    organizationLines: [
      `      <imsss:sequencing>`,
      `        <imsss:controlMode choice="true" flow="true"/>`,
      `      </imsss:sequencing>`,
    ],
    resources: scormResources(m, { typeAttribute: 'adlcp:scormType', href: () => m.launch }),
  });
}

/** The SCORM 2004 4th edition writer the assembler takes. */
export const SCORM2004_MANIFEST: ManifestWriter = { format: 'scorm2004', file: 'imsmanifest.xml', write: buildManifest2004 };
