/**
 * The controlled vocabularies scripts draw from, declared once in `content/vocabulary.yaml` and
 * shipped with the catalogue. Plain types (re-exported by types.ts), free of compiler imports like
 * the rest of the Script model.
 */

/** One entry of a controlled vocabulary. */
export interface VocabularyTerm {
  /** Stable id used in scripts. */
  id: string;
  /** Human label. */
  label: string;
  /** One-sentence description. */
  description: string;
}

/** A competency, with the seat it belongs to. */
export interface Competency extends VocabularyTerm {
  /** The seats it describes (leaders, members or both). */
  audience: ('leader' | 'member')[];
}

/** The controlled vocabularies scripts may use, declared once in `content/vocabulary.yaml`. */
export interface Vocabulary {
  /** Competencies practised. */
  competencies: Competency[];
  /** Ground rules. */
  rules: VocabularyTerm[];
  /** Leadership challenges. */
  challenges: VocabularyTerm[];
  /** What kind of session an ending was (describes, never ranks). */
  endingKinds: VocabularyTerm[];
}
