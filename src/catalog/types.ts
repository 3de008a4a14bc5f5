/**
 * The built-in catalogue as it ships, in three parts. `CatalogEntry` and `TermLabels` load with the
 * home page (`virtual:balint/catalog`), so they carry only what the module list and its filters
 * show; each module's "About" text (`ModuleAbout`) loads when a learner first reaches for one
 * (`virtual:balint/catalog-about`); everything else about a module (`ModuleDetails`) and the
 * vocabulary's descriptions and ending kinds (`Vocabulary`) load with the screens that need them
 * (`virtual:balint/catalog-details`).
 */
import type { ScriptSummary, Seat, Track, VocabularyTerm } from '../script/types';

/** A built-in module as the home page lists it: a `ScriptSummary` cut to what the list and its filters show. */
export interface CatalogEntry {
  /** Stable module id (the module's link). */
  id: string;
  /** Module title. */
  title: string;
  /** Curriculum track: the list's groups and the track filter. */
  track: Track;
  /** The learner's seat, named under the title. */
  seat: Seat;
  /** Estimated minutes to play, under the title and in the length filter. */
  minutes: number;
  /** Number of endings ("2 of 4 endings reached"). */
  endings: number;
  /** Competency ids practised: the one-line focus and the "About" tags. */
  competencies: string[];
  /** Leadership-challenge ids: a leader module's focus line and the challenge filter. */
  challenges: string[];
  /** Ground-rule ids: the rule filter. */
  rules: string[];
}

/** A built-in module's "About" disclosure on the home page, beside its competency tags. */
export interface ModuleAbout {
  /** One-paragraph summary (plain text). */
  summary: string;
  /** Content notes ("death of a patient"). */
  contentNotes: string[];
}

/** The rest of a built-in module's summary (hash, ending titles, setting, props …), loaded with the screens that read it. */
export type ModuleDetails = Omit<ScriptSummary, keyof CatalogEntry | keyof ModuleAbout>;

/** The vocabulary kinds a module lists (competencies, ground rules, leadership challenges). */
export type ListedKind = 'competencies' | 'rules' | 'challenges';

/** The vocabulary as lists and filters name it: each listed kind's terms, id and label only. */
export type TermLabels = Record<ListedKind, Pick<VocabularyTerm, 'id' | 'label'>[]>;
