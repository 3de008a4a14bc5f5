/**
 * Whether a session shows the live group climate in the room, from the learner's setting and the
 * module's track: by default only leader-track sessions do (a leader reads the group; members do
 * not feel numbers).
 */
import type { Track } from '../../script/types';
import type { LiveClimate } from '../../storage/types';

/** True when the room shows the climate now for a session of `track`. */
export function showsLiveClimate(setting: LiveClimate, track: Track): boolean {
  return setting === 'all' || (setting === 'leader' && track === 'leader');
}
