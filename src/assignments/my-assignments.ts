/**
 * The learner's "My assignments": assignments added from links, kept in the repository as their
 * link payload and checked again on every read (a stored record is as untrusted as the link it
 * came from, and the catalogue may have changed since). A module the app no longer ships does not
 * hide the assignment: it is shown as missing. Adding the same assignment twice keeps one record,
 * because the record's id is the assignment's content id.
 */
import type { ProgressRepository } from '../storage/repository';
import { SAVED_ASSIGNMENT_SCHEMA, type SavedAssignment } from '../storage/types';
import { decodeAssignment } from './assignment-link';
import type { DecodedAssignment } from './types';

/** A stored assignment as the views show it. */
export interface MyAssignment extends DecodedAssignment {
  /** ISO time it was added. */
  addedAt: string;
}

type Shelf = Pick<ProgressRepository, 'listAssignments' | 'saveAssignment' | 'deleteAssignment'>;

/** Every stored assignment that still reads as one, newest added first. */
export async function listMyAssignments(repo: Pick<ProgressRepository, 'listAssignments'>): Promise<MyAssignment[]> {
  const out: MyAssignment[] = [];
  for (const record of await repo.listAssignments()) {
    const r = await decodeAssignment(record.payload, { known: () => true });
    if (r.ok) out.push({ assignment: r.assignment, id: r.id, payload: r.payload, addedAt: record.addedAt });
  }
  return out;
}

/** True when this assignment is already stored. */
export async function hasAssignment(repo: Shelf, id: string): Promise<boolean> {
  return (await repo.listAssignments()).some((r) => r.id === id);
}

/** Store a checked assignment (again: the same assignment keeps one record, and its first date). */
export async function addAssignment(repo: Shelf, decoded: DecodedAssignment, now = new Date()): Promise<void> {
  const existing = (await repo.listAssignments()).find((r) => r.id === decoded.id);
  const record: SavedAssignment = { schema: SAVED_ASSIGNMENT_SCHEMA, id: decoded.id, payload: decoded.payload, addedAt: existing?.addedAt ?? now.toISOString() };
  await repo.saveAssignment(record);
}

/** Remove a stored assignment (progress on its modules is kept: it belongs to the modules). */
export async function removeAssignment(repo: Shelf, id: string): Promise<void> {
  await repo.deleteAssignment(id);
}
