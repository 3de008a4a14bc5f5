/**
 * The shape of the machine snapshot an attempt stores: XState's persisted snapshot of the session
 * machine (`machine.getPersistedSnapshot`, XState 5), whose context is the session's own
 * (`src/machine/types.ts`). Checked as far as the format allows without the script: a flat machine
 * (the value is one scene id), no history states and no child actors, a context of climate values,
 * choice and scene ids and the trail. Whether those ids belong to the attempt's module is the
 * restore's question (`src/app/attempt-restorable.ts`), since storage never loads scripts.
 */
import * as v from 'valibot';

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
/** Most entries in a list of the context (a session has at most 5000 steps, each entering one scene). */
const MAX_ENTRIES = 10_000;
const ids = v.pipe(v.array(id), v.maxLength(MAX_ENTRIES));

/** Climate values by variable id: finite numbers only. */
export const ClimateSchema = v.record(id, v.pipe(v.number(), v.finite()));

const TrailEntrySchema = v.strictObject({
  scene: id,
  lines: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0))), v.maxLength(1000)),
  climate: ClimateSchema,
  choice: v.optional(id),
});

const NoEntries = v.strictObject({});

/** Schema of an attempt's stored snapshot. */
export const SnapshotSchema = v.strictObject({
  status: v.picklist(['active', 'done']),
  value: id,
  historyValue: NoEntries,
  context: v.strictObject({
    climate: ClimateSchema,
    chosen: ids,
    visited: ids,
    trail: v.pipe(v.array(TrailEntrySchema), v.maxLength(MAX_ENTRIES)),
  }),
  children: NoEntries,
});
