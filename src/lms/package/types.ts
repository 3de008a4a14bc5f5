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
