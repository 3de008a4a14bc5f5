/**
 * The kinds of record kept in lists (attempts, saved assignments, reflections, case files, drafts), each
 * with its table, its backup section, its schema and check, its key and the order it is listed
 * in. The repository, the backup file and set-aside records all read this one
 * table, so a kind is checked, keyed and ordered the same way wherever it goes.
 */
import * as v from 'valibot';
import { AttemptSchema, checkAttempt } from './record-checks';
import { byAddedDesc, checkSavedAssignment, SavedAssignmentSchema } from './assignment-checks';
import { byUpdatedDesc, checkReflection, ReflectionSchema } from './reflection-checks';
import { byTitle, checkLibraryScript, LibraryScriptSchema } from './library-checks';
import { bySavedDesc, checkStoredDraft, StoredDraftSchema } from './draft-checks';
import { byImported, checkStoredReceipt, StoredReceiptSchema } from './receipt-checks';
import type { TableName } from './table-port';
import type { Attempt, BackupData, LibraryScript, RecordKind, Reflection, SavedAssignment, StoredDraft, StoredReceipt } from './types';

/** A backup section that holds a list of records. */
export type ListSection = 'attempts' | 'assignments' | 'reflections' | 'library' | 'drafts' | 'receipts';

/** Everything the app knows about one kind of record. */
export interface KindInfo<T> {
  /** The kind. */
  kind: RecordKind;
  /** Its table. */
  table: TableName & ListSection;
  /** Its section in a backup (the same name as the table). */
  section: ListSection;
  /** Its schema, for the first problem in a record that does not match. */
  schema: v.GenericSchema;
  /** The record as this kind, or undefined when it does not match. */
  check(record: unknown): T | undefined;
  /** Its key (unique within the kind). */
  key(record: T): string;
  /** The order lists of this kind are shown in. */
  order(a: T, b: T): number;
}

const newestFirst = (a: Attempt, b: Attempt) => b.updatedAt.localeCompare(a.updatedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The kinds, by name. */
export const KINDS = {
  attempt: { kind: 'attempt', table: 'attempts', section: 'attempts', schema: AttemptSchema, check: checkAttempt, key: (r) => r.id, order: newestFirst } as KindInfo<Attempt>,
  assignment: { kind: 'assignment', table: 'assignments', section: 'assignments', schema: SavedAssignmentSchema, check: checkSavedAssignment, key: (r) => r.id, order: byAddedDesc } as KindInfo<SavedAssignment>,
  reflection: { kind: 'reflection', table: 'reflections', section: 'reflections', schema: ReflectionSchema, check: checkReflection, key: (r) => r.attemptId, order: byUpdatedDesc } as KindInfo<Reflection>,
  library: { kind: 'library', table: 'library', section: 'library', schema: LibraryScriptSchema, check: checkLibraryScript, key: (r) => r.id, order: byTitle } as KindInfo<LibraryScript>,
  draft: { kind: 'draft', table: 'drafts', section: 'drafts', schema: StoredDraftSchema, check: checkStoredDraft, key: (r) => r.id, order: bySavedDesc } as KindInfo<StoredDraft>,
  receipt: { kind: 'receipt', table: 'receipts', section: 'receipts', schema: StoredReceiptSchema, check: checkStoredReceipt, key: (r) => r.id, order: byImported } as KindInfo<StoredReceipt>,
} satisfies Record<RecordKind, unknown>;

/** A kind with its record type erased, for code that handles every kind alike. */
export type AnyKind = KindInfo<object>;

/** Every kind, in the order of a backup's sections. */
export const ALL_KINDS = Object.values(KINDS) as unknown as readonly AnyKind[];

/** The records of one section of backup data, as that kind's records. */
export function sectionOf(data: BackupData, kind: AnyKind): object[] | undefined {
  return data[kind.section] as object[] | undefined;
}
