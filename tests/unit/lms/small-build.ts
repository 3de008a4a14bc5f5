/**
 * A tiny made-up production build for package tests: a kit of two modules and the files it names,
 * read as the assembler reads them. Any format's writer can assemble it.
 */
import { strToU8 } from 'fflate';
import type { ScormKit } from '../../../src/lms/package/scorm-kit';

/** The build's `index.html`. */
export const SMALL_INDEX = '<!doctype html><html lang="en"><head><title>B</title><script type="module" src="./assets/index-1.js"></script><link rel="manifest" href="./manifest.webmanifest"></head><body></body></html>';

/** A fresh copy of the build's kit: the player and two modules, `rule-honesty` and `first-group`. */
export function smallKit(): ScormKit {
  return {
    v: 1,
    launch: 'index.html',
    player: ['assets/index-1.js', 'favicon.svg', 'index.html'],
    modules: [
      { id: 'rule-honesty', title: 'Ground rule: honesty', hash: '0123456789abcdef', chunk: 'assets/rule-honesty-4.js' },
      { id: 'first-group', title: 'Your first group & co', hash: '1123456789abcdef', chunk: 'assets/first-group-5.js' },
    ],
  };
}

/** Reads a file of the build. */
export const readSmallBuild = async (path: string): Promise<Uint8Array> => strToU8(path === 'index.html' ? SMALL_INDEX : `/* ${path} */`);
