/**
 * English, the app's first catalogue, one file per area of the app. Keys name what a message is
 * for, not its words.
 */
import { room } from './room';

/** Every English message. */
export const en = { room };
