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
};
