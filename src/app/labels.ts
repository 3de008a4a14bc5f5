/** Human words for the fixed ids of the model, in one place so every view says the same. */
import type { CastRole, PhaseId, Seat, Track } from '../script/types';

export const PHASE_LABELS: Record<PhaseId, string> = {
  opening: 'Call for a case',
  presentation: 'Presentation',
  questions: 'Factual questions',
  discussion: 'Group discussion',
  return: 'Presenter rejoins',
  close: 'Close',
};

export const TRACK_LABELS: Record<Track, string> = {
  foundations: 'Foundations',
  member: 'Member track',
  leader: 'Leader track',
};

export const SEAT_LABELS: Record<Seat | CastRole, string> = {
  member: 'member',
  presenter: 'presenter',
  leader: 'leader',
  'co-leader': 'co-leader',
};
