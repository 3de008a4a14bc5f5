/**
 * The debrief's charts: the group climate over the session (a line chart with a key and the same
 * figures as a table) and the map of the session's scenes. A scene is named by its phase and its
 * place in it, or by its ending's title: never by the id the script gives it.
 */
import { formatNumber } from '../format';

export const charts = {
  /** The climate chart's image, then a sentence per variable (`climateChange`). */
  climateImage: (changes: string) => `Group climate over the session. ${changes}.`,
  /** One variable's change over the session, for the chart's description. */
  climateChange: (label: string, from: number, to: number) => `${label} went from ${formatNumber(from)} to ${formatNumber(to)}`,
  climateTableSummary: 'Show the climate as a table',
  climateTableLabel: 'Climate table',
  climateTableCaption: 'Group climate at each scene (0 to 100)',
  /** The table's first column: when the figures were taken. */
  climateWhen: 'When',
  /** Rows of the climate table: the start, each scene entered after it, the end. */
  climateAtStart: 'At the start',
  climateAtScene: (n: number) => `Scene ${formatNumber(n)}`,
  climateAtEnd: 'At the end',

  /** The map's image: how many scenes, how many passed through. */
  mapImage: (scenes: number, passed: number) =>
    `Map of the session: ${formatNumber(scenes)} scenes, of which you passed through ${formatNumber(passed)}. The list below gives the same map in words.`,
  mapRegion: 'Scene map, scrollable',
  mapCaption: 'Scenes you passed through are filled; the thick line is your path. Scenes in outline are branches you did not take.',
  mapListSummary: 'Show the map as a list',
  /** A scene by its place in its phase ("Exploration 2"). */
  sceneInPhase: (phase: string, n: number) => `${phase} ${formatNumber(n)}`,
  /** A scene in the list: its name, whether it ends the session, whether it was passed through. */
  mapItem: (name: string, ending: string | undefined, passed: boolean) =>
    `${name}${ending ? ` (ending: ${ending})` : ''}: ${passed ? 'you passed through' : 'not taken'}`,
};
