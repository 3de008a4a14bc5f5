/** Entry point: mount the app. Nothing else happens here. */
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

mount(App, { target: document.getElementById('app')! });
