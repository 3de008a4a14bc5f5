/** The manifest writer of each SCORM version, for the command line and the instructor view. */
import { SCORM12_MANIFEST } from './manifest';
import { SCORM2004_MANIFEST } from './manifest-2004';
import type { ManifestWriter } from './types';
import type { ScormVersion } from '../types';

/** The writer of a SCORM version's `imsmanifest.xml`. */
export function scormManifest(version: ScormVersion): ManifestWriter {
  return version === '2004' ? SCORM2004_MANIFEST : SCORM12_MANIFEST;
}
