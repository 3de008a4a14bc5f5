/** The room beside the transcript: the circle, the clock bar, the climate now. */
export const room = {
  heading: 'The circle',
  panel: 'The room',
  you: 'You',
  atClock: (name: string, chair: string, clock: number) => `${name}, ${chair}, at ${clock} o’clock`,
  sittingBack: ', sitting back from the circle',
  speakingSuffix: ', speaking',
  speaking: (name: string) => (name === 'You' ? 'You are speaking' : `${name} is speaking`),
  silence: 'Silence in the room',
  silenceMark: 'silence',
  presenterBack: 'the presenter sits back and listens',
  showRoom: 'Show the room',
  hideRoom: 'Hide the room',
  climateNow: 'Group climate now',
  ofHundred: (value: number) => `${value} of 100`,
  climateSetting: 'Group climate during a session',
  climateOption: {
    leader: 'Show it in leader sessions (the leader reads the group)',
    all: 'Show it in every session',
    none: 'Do not show it during a session',
  },
  climateSettingNote: 'A member of a real group does not feel numbers, so member sessions leave it out unless you choose to see it. The debrief always shows it.',
};
