/** Name of the app's IndexedDB database (kept apart from the Dexie code so it costs nothing to import). */
export const DB_NAME = 'balint-rehearsal';
