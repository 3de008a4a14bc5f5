/**
 * Service-worker updates, offered, never forced. A new version waits until the learner accepts it;
 * accepting reloads the page, and because every choice is already saved, the open session resumes
 * exactly where it was. Long-lived tabs check for a new version every hour.
 */
import { registerSW } from 'virtual:pwa-register';
import { inScormPackage } from '../lms/package-mode';

const HOUR = 60 * 60 * 1000;

export class AppUpdate {
  #available = $state(false);
  #offlineReady = $state(false);
  #update: ((reload?: boolean) => Promise<void>) | undefined;

  /**
   * Register the service worker (no-op where service workers are unavailable, and inside a SCORM
   * package: there the LMS serves the files, and a worker would cache the LMS's pages).
   */
  start(): void {
    if (!('serviceWorker' in navigator) || inScormPackage()) return;
    this.#update = registerSW({
      immediate: true,
      onNeedRefresh: () => {
        this.#available = true;
      },
      onOfflineReady: () => {
        this.#offlineReady = true;
      },
      onRegisteredSW: (_url, registration) => {
        if (registration) setInterval(() => void registration.update().catch(() => undefined), HOUR);
      },
    });
  }

  /** A new version is waiting. */
  get available(): boolean { return this.#available; }
  /** The app is cached and works offline. */
  get offlineReady(): boolean { return this.#offlineReady; }

  /**
   * Switch to the waiting version. We reload on `controllerchange` ourselves: workbox-window only
   * reloads for updates it started, and ours usually come from the hourly `registration.update()`.
   */
  async accept(): Promise<void> {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    await this.#update?.(false);
  }

  /** Keep the current version for now. */
  dismiss(): void {
    this.#available = false;
  }
}
