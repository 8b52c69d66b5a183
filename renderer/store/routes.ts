/** The screens the app can show. */
export type Route = { name: 'home' } | { name: 'workshop'; id: string };

const WORKSHOP_PATH = /^\/workshops\/([A-Za-z0-9_-]+)\/?$/;

/** Reads a route from a pathname; anything unknown is home. */
export function parsePath(pathname: string): Route {
  const match = WORKSHOP_PATH.exec(pathname);
  if (match?.[1]) return { name: 'workshop', id: match[1] };
  return { name: 'home' };
}

/** The pathname of a route, absolute so it works under http:// and app:// alike. */
export function pathOf(route: Route): string {
  return route.name === 'workshop' ? `/workshops/${encodeURIComponent(route.id)}` : '/';
}
