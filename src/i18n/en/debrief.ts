/** The debrief of a finished attempt: its sections, the judgement calls on the path, inner voices. */
export const debrief = {
  heading: 'Debrief',
  pathHeading: 'Your path',
  pathIntro: 'Each decision was a judgement call: several moves were defensible, and each gave something and cost something.',
  climateHeading: 'Group climate',
  competencyHeading: 'Competency evidence',
  competencyIntro: 'What your moves leaned toward in this session. These are tendencies to notice, not marks.',
  noCompetency: 'No move on this path touched a competency.',
  rulesHeading: 'Ground rules this session touched',
  voicesHeading: 'Inner voices you may not have heard',
  /** Who an inner voice is, before its words: "Ben (thinks):". */
  thinks: (speaker = '') => `${speaker} (thinks):`,
  notShownInPlay: '(not shown during play)',
  noVoices: 'No inner voices on this path.',
  mapHeading: 'Map of the session',
  otherChairHeading: 'The same case from another chair',
  /** After a related module's title: "(you sit as leader)". */
  sitsAs: (seat: string) => `(you sit as ${seat})`,
  /** A decision's heading, before its phase. */
  decision: (n: number) => `Decision ${n}`,
  youChose: 'You chose:',
  youSaid: 'You said:',
  /** Words said aloud, in quotation marks (a silent move is shown as it is). */
  quoted: (text: string) => `“${text}”`,
  /** The list of options offered at a decision. */
  optionsAt: (n: number) => `The options at decision ${n}`,
  yourChoice: 'Your choice',
  notChosen: 'Not chosen',
  gives: 'Gives',
  costs: 'Costs',
  anotherWay: 'Another way to see it',
  feedbackOnChoice: 'Feedback on this choice',
  noChoices: 'You made no choices on this path.',
};
