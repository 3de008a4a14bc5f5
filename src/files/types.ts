/**
 * Files from outside the app (a backup, a receipt) and records that fail their schema: what can be
 * wrong with them, as codes and data. Reading returns these; views word them (`m.schemaProblems`,
 * `m.backupProblems`, `m.receiptProblems`), never a validation library's wording.
 */
import type { LinkProblem, UnsafeCharacter } from '../assignments/types';
import type { RecordKind } from '../storage/types';

/** What an app-made schema check found wrong, left as the issue's message (`text-checks.ts` `CHECK`). */
export type CheckCode = 'not-a-time' | 'not-a-real-time' | 'not-text' | 'too-short' | 'too-long' | 'unsafe-characters' | 'draft-too-large' | 'case-file-too-large';

/** The kinds of file from outside the app that are read and refused with reasons (a backup, a receipt). */
export type FileKind = 'backup' | 'receipt';

/** Why a file's parsed JSON has a shape no file of its format has (`json-shape.ts`); worded by `m.schemaProblems.shape`. */
export type ShapeProblem =
  | { /** It holds more values than any file of its format. */ code: 'too-many-values'; /** Most values a file may hold. */ max: number }
  | { /** It holds a text longer than any file of its format. */ code: 'text-too-long'; /** The text's length in characters. */ length: number }
  | { /** It holds a number too large to be real. */ code: 'number-not-finite' }
  | { /** It is nested deeper than any file of its format. */ code: 'too-deep'; /** The deepest nesting a file may have. */ depth: number }
  | { /** It holds a list longer than any file of its format. */ code: 'list-too-long'; /** The list's length. */ length: number }
  | { /** It holds a key no file has (`__proto__`, `constructor`, `prototype`). */ code: 'forbidden-key'; /** The key. */ key: string }
  | { /** It holds a field name longer than any file of its format. */ code: 'key-too-long' };

/**
 * What is wrong with one value a schema refused (`issue-facts.ts`), as a code and its data for the
 * views to word (`m.schemaProblems`), never a validation library's wording.
 */
export type ValueProblem =
  | { /** One of the app's own checks (`CHECK`) failed. */ code: 'check'; /** Which. */ check: CheckCode; /** The check's limit, when it has one (a length). */ limit?: number }
  | { /** A list holds more items than the app writes. */ code: 'too-many-items'; /** Most items. */ max: number }
  | { /** A text is longer than the app writes. */ code: 'too-long'; /** Most characters. */ max: number }
  | { /** A list is empty. */ code: 'empty-list' }
  | { /** A text is empty. */ code: 'empty' }
  | { /** A value is not one of those the app writes. */ code: 'unknown-value' }
  | { /** A text is not in the form the app writes. */ code: 'wrong-form' }
  | { /** A value should be text. */ code: 'not-text' }
  | { /** A value should be a number. */ code: 'not-a-number' }
  | { /** A number should be whole. */ code: 'not-whole' }
  | { /** A value should be true or false. */ code: 'not-yes-or-no' }
  | { /** A number is outside the range the app writes. */ code: 'out-of-range' }
  | { /** A value should be a list. */ code: 'not-a-list' }
  | { /** A value should be a group of named fields. */ code: 'not-fields' }
  | { /** A record is not a kind the app writes. */ code: 'unknown-kind' }
  | { /** A list names one item twice. */ code: 'same-twice'; /** What the items are. */ item: 'ending' | 'competency' }
  | { /** Anything else. */ code: 'other' };

/** The first problem a schema found in a record or a file: where, and what is wrong there. */
export type IssueFacts =
  | { /** The schema gave no detail. */ code: 'unknown' }
  | { /** A field no record of its kind has. */ code: 'unknown-field'; /** Its dot path, at most 60 characters and "…". */ path?: string }
  | { /** A field is missing. */ code: 'missing'; /** Its dot path, cut as above. */ path?: string }
  | { /** A value is wrong. */ code: 'wrong'; /** Its dot path, cut as above. */ path?: string; /** What is wrong with it. */ wrong: ValueProblem };

/** A backup section that holds a list of records, by the kind of record it holds (`set-aside` for set-aside records). */
export type SectionKind = RecordKind | 'set-aside';

/** Why a file from outside (a backup, a receipt) cannot be read, whatever its kind; each kind's words are its own. */
export type FileProblem =
  | { /** The file is empty. */ code: 'empty' }
  | { /** The browser could not read the file. */ code: 'unreadable' }
  | { /** It is UTF-16 text (re-saved by another program). */ code: 'utf16' }
  | { /** It is not text. */ code: 'not-text' }
  | { /** It is not complete JSON. */ code: 'not-json' }
  | { /** Its JSON has a shape no file of its kind has. */ code: 'shape'; /** What. */ shape: ShapeProblem }
  | { /** It does not say its version. */ code: 'no-version' }
  | { /** Its version is not one the app ever wrote. */ code: 'unknown-version'; /** The version as written, at most 20 characters. */ version: string }
  | { /** A newer app made it. */ code: 'newer-version'; /** Its version. */ version: number }
  | { /** It has no valid checksum. */ code: 'no-checksum' }
  | { /** Its checksum does not match its content. */ code: 'checksum-mismatch' };

/** Why a backup file was refused (`backup-read.ts`); views word it (`m.backupProblems`). Nothing on the device changes. */
export type BackupProblem =
  | FileProblem
  | { /** The file is larger than any backup (checked before reading). */ code: 'file-too-large'; /** Largest backup in bytes. */ max: number }
  | { /** The text is larger than any backup. */ code: 'text-too-large'; /** Largest backup in bytes. */ max: number }
  | { /** It is not a backup of this app. */ code: 'not-a-backup' }
  | { /** Its envelope is not as expected. */ code: 'not-expected'; /** The first problem. */ issue: IssueFacts }
  | { /** It holds sections only later versions have. */ code: 'later-sections'; /** The version it claims. */ version: number }
  | { /** A record of a section is not valid. */ code: 'invalid-record'; /** The section's kind. */ kind: SectionKind; /** Its place in the section, from 1. */ position: number; /** The first problem. */ issue: IssueFacts }
  | { /** Two records of a section have one key. */ code: 'duplicate-id'; /** The section's kind. */ kind: SectionKind; /** The key, at most 60 characters and "…". */ key: string }
  | { /** A case file takes a built-in module's id. */ code: 'built-in-id'; /** Its place in the library, from 1. */ position: number; /** The id, cut as above. */ key: string };

/** A part of a receipt, as a problem names it (`receipt-issue.ts`). */
export type ReceiptPart =
  | 'learner' | 'created' | 'app-version' | 'assignment-id' | 'complete' | 'active-ms'
  | 'assignment-title' | 'assignment-cohort' | 'assignment-due' | 'assignment-case-file-title' | 'assignment'
  | 'module-title' | 'module-id' | 'module-first-completed' | 'ending-title' | 'ending-kind' | 'ending' | 'endings'
  | 'module-content-hash' | 'module-status' | 'module-active-ms' | 'module-completed-attempts' | 'module' | 'modules'
  | 'competency-name' | 'competency' | 'competencies' | 'note-text' | 'note-module' | 'notes';

/** Where in a receipt a problem is. */
export type ReceiptField =
  | { /** A part the app names. */ part: ReceiptPart; /** The 1-based positions in its path (module, then ending; or competency; or note). */ at: number[] }
  | { /** A field the app has no name for. */ part: 'field'; /** Its dot path, at most 60 characters. */ path: string }
  | { /** The receipt as a whole. */ part: 'receipt' };

/** What is wrong with a time written in a receipt. */
export type TimeProblem =
  | { /** Not a date and time as the app writes them. */ code: 'not-a-time' }
  | { /** The date does not exist. */ code: 'not-a-real-date'; /** The date as written (YYYY-MM-DD). */ date: string }
  | { /** Earlier than the app could have written. */ code: 'too-early'; /** The date as written. */ date: string }
  | { /** The clock time does not exist. */ code: 'not-a-real-time'; /** The date as written. */ date: string; /** The time as written (HH:MM). */ clock: string };

/** The first schema problem of a receipt: where, and what is wrong there. */
export type ReceiptIssue =
  | { /** The schema gave no detail. */ code: 'unknown' }
  | { /** A field no receipt has. */ code: 'unknown-field'; /** Its dot path, at most 60 characters. */ path: string }
  | { /** A part is missing. */ code: 'missing'; /** Which. */ field: ReceiptField }
  | { /** A text holds an unsafe character. */ code: 'unsafe-character'; /** Where. */ field: ReceiptField; /** Which kind of character. */ character: UnsafeCharacter }
  | { /** A time is wrong. */ code: 'time'; /** Where. */ field: ReceiptField; /** What is wrong with it. */ time: TimeProblem }
  | { /** A field of its assignment is wrong (the assignment link's own problem). */ code: 'assignment'; /** The problem, as a link names it. */ problem: Extract<LinkProblem, { code: 'field' }> }
  | { /** A value is wrong. */ code: 'wrong'; /** Where. */ field: ReceiptField; /** What is wrong with it. */ wrong: ValueProblem };

/** Why a receipt file was refused (`receipt-read.ts`); views word it (`m.receiptProblems`). It is never stored. */
export type ReceiptProblem =
  | FileProblem
  | { /** The file is larger than any receipt (checked before reading). */ code: 'file-too-large'; /** Its size in bytes. */ bytes: number; /** Largest receipt in bytes. */ max: number }
  | { /** The text is larger than any receipt. */ code: 'text-too-large' }
  | { /** It is not a receipt of this app. */ code: 'not-a-receipt' }
  | { /** It does not match the receipt schema. */ code: 'schema'; /** The first problem. */ issue: ReceiptIssue }
  | { /** Its assignment names a case file with a built-in module's id. */ code: 'case-file-clash'; /** Those ids. */ ids: string[] }
  | { /** Its assignment id is not its assignment's. */ code: 'assignment-id-mismatch' }
  | { /** Its modules are not its assignment's. */ code: 'modules-mismatch' };
