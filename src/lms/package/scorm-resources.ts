/**
 * The `<resources>` of a SCORM manifest, the same in 1.2 and 2004 but for two spellings: one SCO
 * resource per module (the player page and the module's chunk, depending on the shared player),
 * and one `asset` resource listing every other file of the player. So every file in the zip is
 * listed, and only the player page more than once.
 */
import type { ManifestInput } from './types';
import { fileLines, xmlEscape, xmlId } from './xml';

/** How a version spells the resource type attribute and a SCO's launch. */
export interface ResourceSpelling {
  /** `adlcp:scormtype` (1.2) or `adlcp:scormType` (2004). */
  typeAttribute: 'adlcp:scormtype' | 'adlcp:scormType';
  /** The SCO's `href` for a module id. */
  href(moduleId: string): string;
}

/** The resource elements (without the `<resources>` wrapper), indented for the manifest. */
export function scormResources(m: ManifestInput, spelling: ResourceSpelling): string {
  const type = spelling.typeAttribute;
  const scos = m.modules.map((mod) =>
    [
      `    <resource identifier="${xmlId('RES', mod.id)}" type="webcontent" ${type}="sco" href="${xmlEscape(spelling.href(mod.id))}">`,
      fileLines([m.launch, ...mod.files], '      '),
      `      <dependency identifierref="RES-player"/>`,
      `    </resource>`,
    ].join('\n'),
  );
  const shared = [
    `    <resource identifier="RES-player" type="webcontent" ${type}="asset">`,
    fileLines(m.sharedFiles.filter((f) => f !== m.launch), '      '),
    `    </resource>`,
  ].join('\n');
  return `${scos.join('\n')}\n${shared}`;
}
