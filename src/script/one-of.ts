/**
 * Whether a value read from a script is one of a closed list of words (`PHASES`, `TRACKS`…): a
 * type guard, so the validator hands on the narrowed type and nothing downstream casts.
 */
export function isOneOf<T extends string>(allowed: readonly T[], value: unknown): value is T {
  return allowed.some((a) => a === value);
}
