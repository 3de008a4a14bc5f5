/**
 * After in-app navigation, focus goes to the new screen's main heading so keyboard and screen-reader
 * users land on the new screen, not on the link they left. Most screens load on demand and show
 * their heading a moment later, so this waits for it (watching `main`) rather than looking once.
 * A screen that has already put focus inside `main` itself (a resumed session, the debrief) keeps it.
 */

/** Focus the first `h1` in `main` once there is one (for at most `timeoutMs`); returns a function that stops waiting. */
export function focusNewScreen(main: HTMLElement, timeoutMs = 5000): () => void {
  const place = (): boolean => {
    const h1 = main.querySelector<HTMLElement>('h1');
    if (!h1) return false;
    const at = document.activeElement;
    const screenPlacedFocus = !!at && at !== main && main.contains(at);
    if (!screenPlacedFocus) {
      h1.setAttribute('tabindex', '-1');
      h1.focus();
    }
    return true;
  };
  if (place()) return () => {};
  const observer = new MutationObserver(() => {
    if (place()) stop();
  });
  const timer = setTimeout(() => stop(), timeoutMs);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(main, { childList: true, subtree: true });
  return stop;
}
