/** The home page: what the app is, the way back in, the three role cards and the module list. */
import { formatNumber, plural } from '../format';
import type { Track } from '../../script/types';

export const home = {
  title: 'Rehearse a Balint group',
  lead: 'Sit in the circle before you join one, take the presenter\'s chair, or practise leading: scripted Balint sessions where your choices change what the group does, with feedback rooted in the Balint method.',
  /** The promise that no case is real (`*…*` is stressed). */
  fictional: 'Every case here is a *fictional composite*: no real patient, doctor or group is depicted.',
  continueHeading: 'Continue where you left off',
  /** The button back into the module last played (`title`: its title). */
  continueModule: (title: string) => `${title}: continue`,

  rolesHeading: 'Where would you like to start?',
  joinHeading: 'I\'m thinking of joining a group',
  joinText: 'See what a group feels like: the silence, the story, the urge to give advice, and what happens when you don\'t.',
  showFoundations: 'Show the foundations',
  showMember: 'Show the member sessions',
  leadHeading: 'I\'m training to lead',
  leadText: 'Practise steering a group away from "the right answer" and toward the relationship, and meet every classic leadership challenge.',
  showLeader: 'Show the leader sessions',
  teachHeading: 'I teach',
  teachText: 'Assign modules by link or QR code, collect your learners\' completion receipts, and see which module practises which challenge.',
  buildAssignment: 'Build an assignment',
  openCurriculum: 'Open the curriculum map',

  modulesHeading: 'Modules',
  /** How many modules the filters let through. */
  shown: (shown: number, of: number) => `${formatNumber(shown)} of ${formatNumber(of)} modules shown.`,
  /** After a track's name in its heading. */
  trackCount: (n: number) => `· ${plural(n, { one: '# module', other: '# modules' })}`,
  /** One line under each track's heading. */
  trackLine: {
    foundations: 'What a Balint group is, and its four ground rules. Start here if the method is new to you.',
    member: 'Sit in the circle as a member, or bring a case as the presenter.',
    leader: 'Lead or co-lead a group through each classic leadership challenge.',
  } satisfies Record<Track, string>,
  onlyTrack: 'Only this track is shown.',
  showAll: 'Show all modules',
  noMatch: 'No module matches these filters.',
  clearFilters: 'Clear filters',

  filters: 'Filter modules',
  track: 'Track',
  allTracks: 'All tracks',
  challenge: 'Leadership challenge',
  anyChallenge: 'Any challenge',
  rule: 'Ground rule',
  anyRule: 'Any ground rule',
  length: 'Length',
  anyLength: 'Any length',
  /** The length filter's bands (`LENGTHS` in catalog-filter.svelte.ts holds their minutes). */
  lengthBand: {
    short: 'Up to 10 minutes',
    medium: '11 to 20 minutes',
    long: 'Over 20 minutes',
  },

  /** Under a module's title: its length, the learner's seat, and how far they got. */
  moduleMeta: (minutes: number, seat: string, status: string) => `about ${minutes} min · you sit as ${seat} · ${status}`,
  /** How far the learner got in a module (`reached`: endings reached when completed, `of`: its endings). */
  moduleStatus: (active: boolean, reached: number | undefined, of: number) =>
    active && reached !== undefined
      ? `in progress, ${reached} of ${of} endings reached`
      : active
        ? 'in progress'
        : reached !== undefined
          ? `${reached} of ${of} endings reached`
          : 'not started',
  /** Before the leadership challenges a leader module practises. */
  leadingThrough: 'Leading through:',
  /** Before the competencies another module practises. */
  youllPractise: 'You’ll practise:',
  about: 'About this module',
  practises: 'Practises:',
  contentNotes: (notes: string[]) => `Content notes: ${notes.join(', ')}`,
};
