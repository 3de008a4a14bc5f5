/**
 * Hash-based routing: the app is static and may be served from any path (or from inside an LMS
 * package), so routes live in the fragment and never reach a server. One reactive class holds the
 * current route, which App reads to choose the screen; views navigate with ordinary links
 * (`#/module/<id>`, whose ids are the plain characters `parseRoute` accepts). A module opened from
 * an assignment carries it as `?from=<link payload>` (written by `route-href.ts`), so the session
 * and debrief can lead back to it without storing anything.
 */
import { isPayloadShaped } from '../assignments/link-route';

/** Screens the app can show. */
export type Route =
  | { name: 'home' }
  | { name: 'module'; id: string; from?: string }
  | { name: 'debrief'; attemptId: string; from?: string }
  | { name: 'progress' }
  | { name: 'settings' }
  | { name: 'teaching' }
  | { name: 'author' }
  | { name: 'library' }
  | { name: 'instructor' }
  | { name: 'assignment'; payload: string }
  | { name: 'not-found'; path: string };

/** The `from` of a module or debrief route's query when there is one and it has the shape of a link payload (else none: it is ignored). */
function fromOf(query: string): { from?: string } {
  const from = new URLSearchParams(query).getAll('from');
  return from.length === 1 && isPayloadShaped(from[0]!) ? { from: from[0]! } : {};
}

/** Parse a location hash into a route. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split(/\?(.*)/s);
  const parts = path.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  const valid = (id: string | undefined) => !!id && /^[a-zA-Z0-9-]{1,120}$/.test(id);
  if (parts.length === 0) return { name: 'home' };
  if (parts[0] === 'module' && parts.length === 2 && valid(parts[1])) return { name: 'module', id: parts[1]!, ...fromOf(query) };
  if (parts[0] === 'assignment') return { name: 'assignment', payload: parts.slice(1).join('/') };
  if (parts.length === 1 && parts[0] === 'instructor') return { name: 'instructor' };
  if (parts[0] === 'debrief' && parts.length === 2 && valid(parts[1])) return { name: 'debrief', attemptId: parts[1]!, ...fromOf(query) };
  if (parts.length === 1 && (parts[0] === 'progress' || parts[0] === 'settings' || parts[0] === 'teaching' || parts[0] === 'author' || parts[0] === 'library')) return { name: parts[0] };
  return { name: 'not-found', path };
}

/** The current route, kept in step with the location hash. */
export class Router {
  #route = $state<Route>(parseRoute(location.hash));
  constructor() {
    addEventListener('hashchange', () => {
      this.#route = parseRoute(location.hash);
    });
  }
  get route(): Route {
    return this.#route;
  }
}
