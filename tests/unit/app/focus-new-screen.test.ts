/** Focus after navigation lands on the new screen's heading, also when the screen shows it a moment later. */
import { afterEach, describe, expect, it } from 'vitest';
import { focusNewScreen } from '../../../src/app/focus-new-screen';

const settle = () => new Promise((r) => setTimeout(r, 0));
afterEach(() => document.body.replaceChildren());

function page() {
  const main = document.createElement('main');
  document.body.append(main);
  return main;
}

describe('focusNewScreen', () => {
  it('focuses the heading of a screen that is already shown', () => {
    const main = page();
    main.innerHTML = '<h1>Settings</h1>';
    focusNewScreen(main);
    expect(document.activeElement).toBe(main.querySelector('h1'));
  });

  it('waits for the heading of a screen that loads on demand', async () => {
    const main = page();
    main.innerHTML = '<p>Opening…</p>';
    focusNewScreen(main);
    await settle();
    expect(document.activeElement).toBe(document.body);
    main.innerHTML = '<h1>Week 2</h1>';
    await settle();
    expect(document.activeElement).toBe(main.querySelector('h1'));
  });

  it('leaves focus where the new screen put it', async () => {
    const main = page();
    focusNewScreen(main);
    main.innerHTML = '<button>Newest line</button>';
    main.querySelector('button')!.focus();
    main.insertAdjacentHTML('afterbegin', '<h1>Module</h1>');
    await settle();
    expect(document.activeElement).toBe(main.querySelector('button'));
  });

  it('stops waiting when asked (the route changed again)', async () => {
    const main = page();
    const stop = focusNewScreen(main);
    stop();
    main.innerHTML = '<h1>Too late</h1>';
    await settle();
    expect(document.activeElement).toBe(document.body);
  });
});
