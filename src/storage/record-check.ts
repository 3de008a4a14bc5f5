/**
 * The two things every stored record kind's check file (`*-checks.ts`) writes the same way: the
 * check itself (the record as its type when it matches its schema, else undefined, so the
 * repository can set it aside) and the stable tie-break of a list order (by id, in code-point
 * order, never the locale's).
 */
import * as v from 'valibot';

/** A check that returns the record as the schema's output, or undefined when it does not match. */
export function recordCheck<S extends v.GenericSchema>(schema: S): (record: unknown) => v.InferOutput<S> | undefined {
  return (record) => {
    const r = v.safeParse(schema, record);
    return r.success ? r.output : undefined;
  };
}

/** Two ids in code-point order: the tie-break that keeps a list's order stable. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
