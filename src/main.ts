/**
 * Entry point: find out whether this page is a package for an LMS, then mount the app. Only a
 * package's page carries a course block, so the LMS hooks load only there (they narrow the
 * catalogue before anything renders); elsewhere the check is one `getElementById`. A `.then`, not
 * a top-level await: an entry module with top-level await makes the bundler split every module it
 * shares with lazy chunks into chunks of its own.
 */
import { mount } from 'svelte';
import App from './App.svelte';
import { COURSE_BLOCK_ID } from './lms/course-block-id';
import './app.css';

const launched = document.getElementById(COURSE_BLOCK_ID)
  ? import('./lms/lms-hooks').then((hooks) => hooks.lmsLaunch()).catch(() => undefined)
  : Promise.resolve();
void launched.then(() => mount(App, { target: document.getElementById('app')! }));
