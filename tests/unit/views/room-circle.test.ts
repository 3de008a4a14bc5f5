import { cleanup, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { CastMember } from '../../../src/script/types';
import { roomSeats } from '../../../src/views/room/room-layout';
import RoomCircle from '../../../src/views/room/RoomCircle.svelte';

afterEach(() => cleanup());

const person = (id: string, role: CastMember['role']): CastMember => ({ id, name: id[0]!.toUpperCase() + id.slice(1), role, persona: '', line: 1 });
const cast = [person('ruth', 'member'), person('nadia', 'leader'), person('tom', 'co-leader'), person('claire', 'presenter'), person('ifan', 'member')];

describe('the room', () => {
  it('seats the leaders together at the top and the learner opposite them', () => {
    const seats = roomSeats(cast, 'member', 'questions');
    const at = (id: string) => seats.find((s) => s.id === id)!;
    expect([at('nadia').clock, at('tom').clock].sort()).toEqual([1, 11].sort());
    expect(at('nadia').y).toBeLessThan(30);
    expect(at('you').y).toBeGreaterThan(70);
    expect(seats).toHaveLength(cast.length + 1);
  });

  it('pushes the presenter’s chair back during the discussion, and brings it in for the return', () => {
    const dist = (phase: 'discussion' | 'return') => {
      const p = roomSeats(cast, 'member', phase).find((s) => s.role === 'presenter')!;
      return { back: p.back, r: Math.hypot(p.x - 50, p.y - 50) };
    };
    expect(dist('discussion').back).toBe(true);
    expect(dist('return').back).toBe(false);
    expect(dist('discussion').r).toBeGreaterThan(dist('return').r + 8);
  });

  it('pushes the learner’s own chair back when the learner is the presenter', () => {
    const you = roomSeats(cast.filter((c) => c.role !== 'presenter'), 'presenter', 'discussion').find((s) => s.id === 'you')!;
    expect(you.back).toBe(true);
  });

  it('tells a screen reader who sits where, who speaks and who sits back', () => {
    render(RoomCircle, { props: { cast, seat: 'member', phase: 'discussion', speaking: 'Ruth' } });
    const room = screen.getByRole('region', { name: 'The circle' });
    const items = within(room).getAllByRole('listitem').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).toContain('Claire, presenter, at 9 o’clock, sitting back from the circle');
    expect(items.find((t) => t.startsWith('Ruth'))).toMatch(/, speaking$/);
    expect(items.find((t) => t.startsWith('You'))).toMatch(/^You, member, at \d+ o’clock$/);
    expect(within(room).getByText('Ruth is speaking')).toBeTruthy();
  });

  it('marks silence when nobody speaks', () => {
    render(RoomCircle, { props: { cast, seat: 'member', phase: 'questions', quiet: true } });
    expect(screen.getByText('Silence in the room')).toBeTruthy();
  });
});
