/**
 * Entry point: find out whether this page is a SCORM package (one `getElementById` otherwise),
 * then mount the app. A `.then`, not a top-level await: an entry module with top-level await
 * makes the bundler split every module it shares with lazy chunks into chunks of its own.
 */
import { mount } from 'svelte';
import App from './App.svelte';
import { lmsLaunch } from './lms/lms-hooks';
import './app.css';

void lmsLaunch().then(() => mount(App, { target: document.getElementById('app')! }));
