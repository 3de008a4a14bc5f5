/**
 * English, the app's first catalogue, one file per area of the app. Keys name what a message is
 * for, not its words.
 */
import { assignment } from './assignment';
import { authoring } from './authoring';
import { cohort } from './cohort';
import { debrief } from './debrief';
import { endings } from './endings';
import { failure } from './failure';
import { labels } from './labels';
import { library } from './library';
import { pastedLink } from './pasted-link';
import { progress } from './progress';
import { reflections } from './reflections';
import { room } from './room';
import { setAside } from './set-aside';
import { teaching } from './teaching';
import { tendencies } from './tendencies';
import { update } from './update';

/** Every English message. */
export const en = { assignment, authoring, cohort, debrief, endings, failure, labels, library, pastedLink, progress, reflections, room, setAside, teaching, tendencies, update };
