/**
 * The front matter once the validator has checked it (validate-meta.ts), typed: what the builder
 * reads instead of the raw YAML values, so nothing after validation casts. Fields that may be left
 * out are optional here; the builder fills their defaults.
 */
import type { CastMember, ClimateVariable, ScriptLength, Seat, Track } from './types';

/** A script's checked front matter. */
export interface ScriptMeta {
  /** Module id (lower-case letters, digits, hyphens). */
  id: string;
  /** Module title. */
  title: string;
  /** One-paragraph summary, as written. */
  summary: string;
  /** The clinical setting of the case. */
  setting: string;
  /** The patient as the group knows them, as written, when given. */
  patient?: string;
  /** Why this group has one leader, as written, when given. */
  singleLeader?: string;
  /** Curriculum track. */
  track: Track;
  /** The learner's seat. */
  seat: Seat;
  /** Whole case or shorter scene, when given. */
  length?: ScriptLength;
  /** Estimated minutes to play. */
  minutes: number;
  /** Minutes of the group session the clock represents, when given. */
  sessionMinutes?: number;
  /** Catalogue order within the track, when given. */
  order?: number;
  /** Objects and details that carry the story. */
  props: string[];
  /** Content notes shown before the session. */
  contentNotes: string[];
  /** Competency ids practised. */
  competencies: string[];
  /** Ground-rule ids touched. */
  rules: string[];
  /** Leadership-challenge ids contained. */
  challenges: string[];
  /** Ids of linked modules. */
  related: string[];
  /** The cast, each entry resolved against the people registry. */
  cast: CastMember[];
  /** The group-climate variables. */
  climate: ClimateVariable[];
}
