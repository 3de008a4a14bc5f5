/** A screen that failed (RouteFailed): what happened, in plain words, and the ways on. */
export const failure = {
  /** The screen broke while it was shown. */
  renderHeading: 'Something went wrong on this screen',
  renderText: 'The app ran into a problem it did not expect and could not show this screen. What you saved before is still on this device.',
  /** The screen's code did not arrive. */
  loadHeading: 'This screen could not be loaded',
  loadText: 'Part of the app did not arrive, so this screen cannot be shown. If you are offline, this screen may not have been saved for offline use yet: connect, then try again.',
  tryAgain: 'Try again',
  backToModules: 'Back to modules',
};
