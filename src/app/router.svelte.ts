/**
 * Hash-based routing: the app is static and may be served from any path (or from inside an LMS
 * package), so routes live in the fragment and never reach a server. One reactive class holds the
 * current route, which App reads to choose the screen; views navigate with ordinary links
 * (`#/module/<id>`, whose ids are the plain characters `parseRoute` accepts).
 */

/** Screens the app can show. */
export type Route =
  | { name: 'home' }
  | { name: 'module'; id: string }
  | { name: 'debrief'; attemptId: string }
  | { name: 'progress' }
  | { name: 'settings' }
  | { name: 'teaching' }
  | { name: 'author' }
  | { name: 'library' }
  | { name: 'instructor' }
  | { name: 'assignment'; payload: string }
  | { name: 'not-found'; path: string };

/** Parse a location hash into a route. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').split('?')[0] ?? '';
  const parts = path.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  const valid = (id: string | undefined) => !!id && /^[a-zA-Z0-9-]{1,120}$/.test(id);
  if (parts.length === 0) return { name: 'home' };
  if (parts[0] === 'module' && parts.length === 2 && valid(parts[1])) return { name: 'module', id: parts[1]! };
  if (parts[0] === 'assignment') return { name: 'assignment', payload: parts.slice(1).join('/') };
  if (parts.length === 1 && parts[0] === 'instructor') return { name: 'instructor' };
  if (parts[0] === 'debrief' && parts.length === 2 && valid(parts[1])) return { name: 'debrief', attemptId: parts[1]! };
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
