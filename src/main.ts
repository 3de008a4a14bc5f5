/** Entry point: start the LMS bridge when running inside a SCORM package (a no-op otherwise), then mount the app. */
import { mount } from 'svelte';
import App from './App.svelte';
import { lmsLaunch } from './lms/lms-hooks';
import './app.css';

lmsLaunch();
mount(App, { target: document.getElementById('app')! });
