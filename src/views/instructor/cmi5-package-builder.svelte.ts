/**
 * The instructor view's cmi5 package builder: the SCORM builder's state, checks and in-browser
 * build (the app's own precached files, the shared assembler, a download), with cmi5's course
 * structure writer (`cmi5.xml`, one AU per module) instead of a SCORM manifest. The writer loads
 * only when a package is built.
 */
import type { ManifestWriter } from '../../lms/package/types';
import type { PackageFormat } from '../../lms/types';
import { ScormPackageBuilder } from '../../instructor/scorm-package-builder.svelte';

export class Cmi5PackageBuilder extends ScormPackageBuilder {
  protected override format(): PackageFormat {
    return 'cmi5';
  }

  protected override async manifest(): Promise<ManifestWriter> {
    return (await import('../../lms/cmi5/course-structure')).CMI5_MANIFEST;
  }
}
