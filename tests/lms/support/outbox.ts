/**
 * Reading the AU's outbox (`balint-xapi-queue` in the page's IndexedDB) from a test, with the
 * browser's own IndexedDB API: what is still waiting, in order.
 */
import { expect, type Page } from '@playwright/test';

/** One waiting item: a statement (its id and verb) or a state document. */
export interface Waiting {
  kind: 'statement' | 'state';
  key: string;
  verb?: string;
}

/** What the outbox holds, oldest first (empty before it exists). */
export function outbox(page: Page): Promise<Waiting[]> {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'balint-xapi-queue')) return [];
    return new Promise<Waiting[]>((resolve, reject) => {
      const req = indexedDB.open('balint-xapi-queue');
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        const db = req.result;
        const all = db.transaction('outbox').objectStore('outbox').getAll();
        all.onsuccess = () => {
          db.close();
          resolve((all.result as { kind: 'statement' | 'state'; key: string; body?: { verb?: { id: string } } }[]).map((r) => ({ kind: r.kind, key: r.key, verb: r.body?.verb?.id })));
        };
        all.onerror = () => reject(all.error);
      };
    });
  });
}

/** Wait until everything queued was delivered. */
export async function outboxDrained(page: Page, timeout = 30_000): Promise<void> {
  await expect.poll(async () => (await outbox(page)).length, { timeout, message: 'the outbox should empty' }).toBe(0);
}
