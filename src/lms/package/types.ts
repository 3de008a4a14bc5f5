/**
 * Types of package assembly: what a manifest says, and the writer that turns it into the file a
 * format puts at the zip's root (SCORM 1.2 and 2004: `imsmanifest.xml`; cmi5: `cmi5.xml`). The
 * assembler (`assemble-package.ts`) is the same for every format; only the writer differs.
 */
import type { PackageFormat } from '../types';

/** One module of the package. */
export interface ManifestModule {
  /** Module id (lower-case letters, digits, hyphens). */
  id: string;
  /** Title shown in the LMS. */
  title: string;
  /** Files only this module uses (its compiled script chunk). */
  files: string[];
}

/** Everything a manifest says. */
export interface ManifestInput {
  /** Manifest identifier (stable for the same modules, content and format). */
  identifier: string;
  /** Course (organization) title. */
  title: string;
  /** The player page every module launches, with `?module=<id>`. */
  launch: string;
  /** The modules, in course order. */
  modules: ManifestModule[];
  /** Every other file of the package (the player), the launch page included. */
  sharedFiles: string[];
}

/** Writes one format's manifest. */
export interface ManifestWriter {
  /** The format the package's course block declares (and so the runtime the player loads). */
  format: PackageFormat;
  /** The manifest's path at the zip's root. */
  file: string;
  /** The manifest's text. */
  write(m: ManifestInput): string;
  /** Adjusts the package's launch page after the course block is added, if the format needs it (cmi5: the CSP's connect-src). */
  page?(html: string): string;
}

/** What is wrong with a kit's contents (`scorm-kit.json`), as far as the check names it. */
export type KitIssue =
  /** A file path is not a plain relative path. */
  | 'path-not-plain'
  /** A file path leaves the app (`..`). */
  | 'path-leaves-app'
  /** The kit is of a version this app does not read. */
  | 'kit-version'
  /** A module id has characters no module id has. */
  | 'module-id'
  /** A content hash is not hexadecimal. */
  | 'content-hash'
  /** Anything else about its shape. */
  | 'shape';

/** Why a package cannot be built (a code with its data; `src/i18n/en/package-problems.ts` words it). */
export type PackageProblemCode =
  /** The app's files hold no package kit (a development server, or a build without the kit plugin). */
  | { code: 'kit-missing' }
  /** The kit could not be loaded; `status` is the HTTP status. */
  | { code: 'kit-http'; status: number }
  /** The kit is not JSON. */
  | { code: 'kit-not-json' }
  /** The kit is damaged or from another version; `issue` says what is wrong. */
  | { code: 'kit-invalid'; file: string; issue: KitIssue }
  /** The kit's player files do not include its launch page `launch`. */
  | { code: 'kit-no-launch'; file: string; launch: string }
  /** No module was given. */
  | { code: 'no-modules' }
  /** More than `max` modules were given. */
  | { code: 'too-many-modules'; max: number }
  /** Module ids the kit does not have (`unknown`), and those it has (`known`). */
  | { code: 'unknown-modules'; unknown: string[]; known: string[] }
  /** A score mode that is neither none nor participation; `score` is it as text. */
  | { code: 'unknown-score'; score: string }
  /** The build already has a file named `file` (the manifest's name). */
  | { code: 'file-clash'; file: string }
  /** The build's `index.html` already carries a course block. */
  | { code: 'page-already-package' }
  /** The build's `index.html` has no `</head>`. */
  | { code: 'page-no-head' };
