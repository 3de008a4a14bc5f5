/** Words for the fixed ids of the model (phases, tracks, seats), so every view says the same. */
import type { CastRole, PhaseId, Seat, Track } from '../../script/types';

export const labels = {
  /** A phase of the session, by id. */
  phase: {
    opening: 'Call for a case',
    presentation: 'Presentation',
    questions: 'Factual questions',
    discussion: 'Group discussion',
    return: 'Presenter rejoins',
    close: 'Close',
  } satisfies Record<PhaseId, string>,
  /** A track of the curriculum, by id. */
  track: {
    foundations: 'Foundations',
    member: 'Member track',
    leader: 'Leader track',
  } satisfies Record<Track, string>,
  /** A seat in the circle (the learner's, or a cast member's role), by id. */
  seat: {
    member: 'member',
    presenter: 'presenter',
    leader: 'leader',
    'co-leader': 'co-leader',
  } satisfies Record<Seat | CastRole, string>,
};
