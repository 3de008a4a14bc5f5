/**
 * Views download files by clicking a link to a blob URL (`src/ui/download.ts`). jsdom has
 * no blob URLs and no downloads, so component tests capture them here instead: every blob handed
 * to `URL.createObjectURL`, and the file name of the link clicked for it. Also cleans up the
 * rendered component and the mocks after each test. Call once at the top of a test file.
 */
import { cleanup } from '@testing-library/svelte';
import { afterEach, beforeEach, vi } from 'vitest';

/** One captured download. */
export interface CapturedDownload {
  /** The file's content. */
  blob: Blob;
  /** The file name the link offered ('' until its link is clicked). */
  name: string;
}

/** The downloads of the current test, in order (the same array, emptied before each test). */
export function captureDownloads(): CapturedDownload[] {
  const downloads: CapturedDownload[] = [];
  beforeEach(() => {
    downloads.length = 0;
    URL.createObjectURL = vi.fn((b: Blob) => {
      downloads.push({ blob: b, name: '' });
      return 'blob:download';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      const last = downloads.at(-1);
      if (last) last.name = this.download;
    });
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });
  return downloads;
}
