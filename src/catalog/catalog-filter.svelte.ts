/**
 * Catalogue filtering for the home page: by track, leadership challenge, ground rule and length.
 * A reactive class so the view stays markup only.
 */
import { TRACKS, type Track } from '../script/types';
import type { CatalogEntry } from './types';

/** Length bands a learner can filter by, in minutes (the view words each by its key, `m.home.lengthBand`). */
export const LENGTHS = {
  short: { max: 10, min: 0 },
  medium: { max: 20, min: 11 },
  long: { max: Infinity, min: 21 },
} as const;

export type LengthBand = keyof typeof LENGTHS | '';

/** The modules of one track that match the filters. */
export interface TrackGroup {
  /** The track. */
  track: Track;
  /** Its matching modules, in catalogue order (never empty). */
  modules: CatalogEntry[];
}

export class CatalogFilter {
  track = $state<Track | ''>('');
  challenge = $state('');
  rule = $state('');
  length = $state<LengthBand>('');
  readonly #all: CatalogEntry[];

  constructor(all: CatalogEntry[]) {
    this.#all = all;
  }

  /** Modules matching every filter set, in catalogue order. */
  get results(): CatalogEntry[] {
    return this.#all.filter(
      (s) =>
        (!this.track || s.track === this.track) &&
        (!this.challenge || s.challenges.includes(this.challenge)) &&
        (!this.rule || s.rules.includes(this.rule)) &&
        (!this.length || (s.minutes >= LENGTHS[this.length].min && s.minutes <= LENGTHS[this.length].max)),
    );
  }

  /** The matching modules grouped by track, in track order; a track with none is left out. */
  get groups(): TrackGroup[] {
    const results = this.results;
    return TRACKS.map((track) => ({ track, modules: results.filter((s) => s.track === track) })).filter((g) => g.modules.length > 0);
  }

  /** Show one track's modules only: every other filter is cleared. */
  showTrack(track: Track): void {
    this.clear();
    this.track = track;
  }

  /** True when any filter is set. */
  get active(): boolean {
    return !!(this.track || this.challenge || this.rule || this.length);
  }

  /** Clear every filter. */
  clear(): void {
    this.track = '';
    this.challenge = '';
    this.rule = '';
    this.length = '';
  }
}
