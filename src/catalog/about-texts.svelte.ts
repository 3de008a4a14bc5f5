/**
 * The built-in modules' "About" text (summary and content notes) for the home page's disclosures.
 * A first visit does not need it, so it stays out of the first chunk: it loads, once, for every
 * module, when a learner first reaches for a disclosure (points at or focuses one), so it is there
 * by the time one opens. Its chunk is precached like the rest of the app, so this works offline.
 */
import type { ModuleAbout } from './types';

export class AboutTexts {
  #all = $state.raw<Readonly<Record<string, ModuleAbout>> | undefined>();
  #loading: Promise<void> | undefined;
  readonly #load: () => Promise<Readonly<Record<string, ModuleAbout>>>;

  constructor(load: () => Promise<Readonly<Record<string, ModuleAbout>>>) {
    this.#load = load;
  }

  /** Start loading (once; again after a failure); settles when this load is over, never rejects. */
  load(): Promise<void> {
    return (this.#loading ??= this.#load().then(
      (all) => void (this.#all = all),
      () => void (this.#loading = undefined),
    ));
  }

  /** A module's "About" text, once loaded. */
  of(id: string): ModuleAbout | undefined {
    return this.#all && Object.prototype.hasOwnProperty.call(this.#all, id) ? this.#all[id] : undefined;
  }
}

/** The built-in modules' "About" texts. */
export const aboutTexts = new AboutTexts(() => import('virtual:balint/catalog-about').then((m) => m.about as Record<string, ModuleAbout>));
