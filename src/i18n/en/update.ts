/** The banner that offers a waiting new version of the app. */
export const update = {
  region: 'Update available',
  ready: 'A new version of Balint Rehearsal is ready. Your place in any session is saved and will be kept.',
  now: 'Update now',
  later: 'Later',
};
