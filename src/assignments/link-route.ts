/**
 * The route of an assignment link, alone in a file so the home page can link to saved assignments
 * without loading the link reader (valibot, the schema) before it has anything to show.
 */

/** The route prefix of an assignment link, after the app's address. */
export const ASSIGNMENT_ROUTE = '#/assignment/';
