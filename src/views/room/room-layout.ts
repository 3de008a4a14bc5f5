/**
 * Where each person sits in the drawn circle, as plain geometry the room view draws and the
 * screen-reader list words: seats evenly round a circle, leaders together at the top, the learner
 * at the bottom facing them, and the presenter's chair pushed back from the circle while the group
 * discusses the case (the Balint "push back"), brought back in for the return.
 */
import type { CastMember, CastRole, PhaseId, Seat } from '../../script/types';

/** One drawn seat. */
export interface RoomSeat {
  /** Cast id, or 'you' for the learner. */
  id: string;
  /** The name shown ("You" for the learner). */
  name: string;
  /** The chair: leader, co-leader, presenter or member. */
  role: CastRole | Seat;
  /** Centre of the seat, in the room's 0–100 × 0–100 box. */
  x: number;
  /** Centre of the seat. */
  y: number;
  /** Clock position seen from above, the leaders' side at 12 (1–12), for the spoken list. */
  clock: number;
  /** True while this chair is pushed back from the circle. */
  back: boolean;
}

/** The room's circle, in the 0–100 box. */
export const CIRCLE = { cx: 50, cy: 50, r: 34 } as const;
/** How much further out a pushed-back chair sits. */
const BACK = 1.38;

const ORDER: Record<CastRole | Seat, number> = { leader: 0, 'co-leader': 1, member: 2, presenter: 3 };

/** True in the phase where the presenter sits back and listens. */
export function presenterSitsBack(phase: PhaseId): boolean {
  return phase === 'discussion';
}

/** Seats for a cast and the learner's chair, in the given phase. */
export function roomSeats(cast: readonly CastMember[], seat: Seat, phase: PhaseId): RoomSeat[] {
  const people = [...cast]
    .map((c, i) => ({ id: c.id, name: c.name, role: c.role as CastRole | Seat, i }))
    .sort((a, b) => ORDER[a.role] - ORDER[b.role] || a.i - b.i);
  // Leaders first from the top, going clockwise; the learner sits opposite them.
  const leaders = people.filter((p) => p.role === 'leader' || p.role === 'co-leader');
  const others = people.filter((p) => !leaders.includes(p));
  const ring = [...leaders, ...others.slice(0, Math.ceil(others.length / 2)), { id: 'you', name: 'You', role: seat, i: -1 }, ...others.slice(Math.ceil(others.length / 2))];
  const n = ring.length;
  // Centre the leaders on 12 o'clock.
  const start = -((Math.max(1, leaders.length) - 1) / 2) * (360 / n);
  const back = presenterSitsBack(phase);
  return ring.map((p, k) => {
    const deg = start + (k * 360) / n;
    const pushed = back && p.role === 'presenter';
    const r = CIRCLE.r * (pushed ? BACK : 1);
    const rad = ((deg - 90) * Math.PI) / 180;
    const clock = ((Math.round(((deg % 360) + 360) % 360 / 30) + 11) % 12) + 1;
    return { id: p.id, name: p.name, role: p.role, x: round(CIRCLE.cx + r * Math.cos(rad)), y: round(CIRCLE.cy + r * Math.sin(rad)), clock, back: pushed };
  });
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
