/**
 * The warnings before an author's text is lost, for the authoring screen. Reloading or closing
 * the page: the browser's own `beforeunload` prompt, whenever the draft is not saved or lives only
 * in memory (the last change is also handed to the store at once). A link to another screen of the
 * app: the draft is saved first, and only if that fails is the author asked, in the app's words,
 * whether to leave anyway. Leaving the screen any other way (Back) saves the draft as the screen
 * closes. When the page is hidden (another tab, the phone's home screen) or put away (`pagehide`,
 * which a mobile browser may send instead of `beforeunload`), the pending change is saved at once.
 * Returns the function that removes the guard (and saves what is pending).
 */
import type { DraftKeeper } from '../../authoring/draft-keeper.svelte';
import { m } from '../../i18n/messages';

/** Guard the authoring screen (at `here`, e.g. "#/author") while it is open. */
export function guardLeaving(keeper: DraftKeeper, here: string, ask: (question: string) => boolean = (q) => confirm(q)): () => void {
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (!keeper.risk('page')) return;
    void keeper.flush();
    e.preventDefault();
    e.returnValue = '';
  };
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const link = (e.target as Element | null)?.closest?.('a[href^="#/"]');
    const to = link?.getAttribute('href');
    if (!to || to === here || !keeper.risk('screen')) return;
    e.preventDefault();
    void keeper.flush().then((saved) => {
      if (saved || ask(m.authoring.leaveUnsaved)) location.hash = to;
    });
  };
  const onHide = () => {
    if (document.visibilityState === 'hidden') void keeper.flush();
  };
  const onPageHide = () => void keeper.flush();
  addEventListener('beforeunload', onBeforeUnload);
  addEventListener('pagehide', onPageHide);
  document.addEventListener('visibilitychange', onHide);
  document.addEventListener('click', onClick, true);
  return () => {
    removeEventListener('beforeunload', onBeforeUnload);
    removeEventListener('pagehide', onPageHide);
    document.removeEventListener('visibilitychange', onHide);
    document.removeEventListener('click', onClick, true);
    void keeper.flush().finally(() => keeper.dispose());
  };
}
