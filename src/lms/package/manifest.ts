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
import { scormResources } from './scorm-resources';
import { xmlEscape, xmlId } from './xml';

const SCHEMA_LOCATION = [
  'http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd',
  'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd',
  'http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd',
].join(' ');

/** The SCORM 1.2 manifest XML. */
export function buildManifest(m: ManifestInput): string {
  const e = xmlEscape;
  const items = m.modules.map((mod) =>
    [
      `      <item identifier="${xmlId('ITEM', mod.id)}" identifierref="${xmlId('RES', mod.id)}" isvisible="true">`,
      `        <title>${e(mod.title)}</title>`,
      `      </item>`,
    ].join('\n'),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${e(m.identifier)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="${SCHEMA_LOCATION}">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="ORG-balint">
    <organization identifier="ORG-balint">
      <title>${e(m.title)}</title>
${items.join('\n')}
    </organization>
  </organizations>
  <resources>
${scormResources(m, { typeAttribute: 'adlcp:scormtype', href: (id) => `${m.launch}?module=${encodeURIComponent(id)}` })}
  </resources>
</manifest>
`;
}

/** The SCORM 1.2 writer the assembler takes. */
export const SCORM12_MANIFEST: ManifestWriter = { format: 'scorm12', file: 'imsmanifest.xml', write: buildManifest };
