/**
 * `cmi5.xml`, the course structure of a cmi5 package (cmi5 sections 13–14; namespace
 * `https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd`): one course, one AU per module in
 * course order, each `moveOn="Completed"` (the module is done when the learner reaches an ending:
 * no mastery score, no passed or failed) and launching the package's player with a relative URL,
 * `index.html?module=<id>`; the LMS appends its launch parameters to it.
 *
 * Ids are IRIs in the app's namespace (see `xapi/iris.ts`), stable for the same modules at the
 * same content versions: `…/courses/<package identifier>` and `…/courses/<package identifier>/modules/<module id>`.
 *
 * The cmi5 package's page also gets one change to its Content-Security-Policy: the LMS's xAPI
 * endpoint is only known at launch and is often on another origin than the content, so
 * `connect-src` allows https origins as well as its own. Everything else in the policy (scripts,
 * Trusted Types) stays as strict as in the app.
 *
 * Titles are content (the modules' and the course's); the descriptions and their language tag are
 * the catalogue's (`m.lmsCourse`).
 */
import { m as words } from '../../i18n/messages';
import type { ManifestInput, ManifestWriter } from '../package/types';
import { xmlEscape } from '../package/xml';
import { APP_NS } from '../xapi/iris';

/** The course structure's file name at the zip's root. */
export const CMI5_FILE = 'cmi5.xml';

/** The IRI of a package's course. */
export function courseIri(identifier: string): string {
  return `${APP_NS}courses/${encodeURIComponent(identifier)}`;
}

/** The IRI of a module's AU in a package. */
export function auIri(identifier: string, moduleId: string): string {
  return `${courseIri(identifier)}/modules/${encodeURIComponent(moduleId)}`;
}

const lang = (text: string) => `<langstring lang="${xmlEscape(words.lmsCourse.lang)}">${xmlEscape(text)}</langstring>`;

/** The course structure XML. */
export function buildCourseStructure(m: ManifestInput): string {
  const aus = m.modules.map((mod) =>
    [
      `  <au id="${xmlEscape(auIri(m.identifier, mod.id))}" moveOn="Completed" launchMethod="AnyWindow">`,
      `    <title>${lang(mod.title)}</title>`,
      `    <description>${lang(words.lmsCourse.moduleDescription(mod.title))}</description>`,
      `    <url>${xmlEscape(`${m.launch}?module=${encodeURIComponent(mod.id)}`)}</url>`,
      `  </au>`,
    ].join('\n'),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xmlEscape(courseIri(m.identifier))}">
    <title>${lang(m.title)}</title>
    <description>${lang(words.lmsCourse.courseDescription(m.modules.length))}</description>
  </course>
${aus.join('\n')}
</courseStructure>
`;
}

/** `connect-src` of a cmi5 package's page: its own origin and https origins (the LMS's endpoint). */
export const CMI5_CONNECT_SRC = "connect-src 'self' https:";

/** The package page with `connect-src` opened to the LMS's endpoint (see above). */
export function cmi5Page(html: string): string {
  return html.replace(/connect-src &#39;self&#39;(?=;)|connect-src 'self'(?=;)/g, (m) => (m.includes('&#39;') ? CMI5_CONNECT_SRC.replace(/'/g, '&#39;') : CMI5_CONNECT_SRC));
}

/** The cmi5 writer the package assembler takes. */
export const CMI5_MANIFEST: ManifestWriter = { format: 'cmi5', file: CMI5_FILE, write: buildCourseStructure, page: cmi5Page };
