/**
 * The one `imsmanifest.xml` template of both SCORM editions (`manifest.ts` for 1.2,
 * `manifest-2004.ts` for 2004 4th edition): the XML declaration, the namespaces, the metadata, one
 * organization with one item per module, and the resources. Each edition passes only what differs
 * (`ManifestShape`). Pure and free of Node imports, like the writers that call it.
 */
import type { ManifestInput } from './types';
import { xmlEscape as e, xmlId } from './xml';

/** What one SCORM edition puts into the shared manifest template. */
export interface ManifestShape {
  /** The manifest's `version` attribute. */
  version: string;
  /** The namespace declarations before `xmlns:xsi`, in order, as [attribute, URI]. */
  namespaces: readonly (readonly [string, string])[];
  /** The `xsi:schemaLocation` pairs, joined. */
  schemaLocation: string;
  /** The `<schema>` and `<schemaversion>` of the metadata. */
  schema: { readonly schema: string; readonly version: string };
  /** Attributes an item adds after `isvisible` (each with its leading space), for a module id. */
  itemAttributes: (moduleId: string) => string;
  /** Lines inside every item after its title. */
  itemLines: readonly string[];
  /** Lines inside the organization after its items. */
  organizationLines: readonly string[];
  /** The lines inside `<resources>`. */
  resources: string;
}

/** The manifest XML of one package in one edition's shape. */
export function manifestXml(m: ManifestInput, shape: ManifestShape): string {
  const items = m.modules.map((mod) =>
    [
      `      <item identifier="${xmlId('ITEM', mod.id)}" identifierref="${xmlId('RES', mod.id)}" isvisible="true"${shape.itemAttributes(mod.id)}>`,
      `        <title>${e(mod.title)}</title>`,
      ...shape.itemLines,
      `      </item>`,
    ].join('\n'),
  );
  const namespaces = shape.namespaces.map(([attribute, uri]) => `  ${attribute}="${uri}"\n`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${e(m.identifier)}" version="${shape.version}"
${namespaces}  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="${shape.schemaLocation}">
  <metadata>
    <schema>${shape.schema.schema}</schema>
    <schemaversion>${shape.schema.version}</schemaversion>
  </metadata>
  <organizations default="ORG-balint">
    <organization identifier="ORG-balint">
      <title>${e(m.title)}</title>
${[...items, ...shape.organizationLines].join('\n')}
    </organization>
  </organizations>
  <resources>
${shape.resources}
  </resources>
</manifest>
`;
}
