import { parsePath, pathOf, type Route } from '../routes';
import type { Slice } from './slice';

/** Which screen is shown, mirrored in the address bar. */
export interface RouteState {
  route: Route;
}

export interface RouteActions {
  navigate(route: Route, options?: { replace?: boolean }): void;
  /** Reads the route from the address bar (at start and on back/forward). */
  syncRoute(): void;
}

export type RouteSlice = RouteState & RouteActions;

/** What the store does as a route becomes the current one: the sync slice loads what it shows. */
export interface RouteEntering {
  enterRoute(route: Route): void;
}

const here = () => `${location.pathname}${location.search}`;

/** A tiny router over the history API, living in the store so actions can navigate. */
export const createRouteSlice: Slice<RouteSlice, RouteEntering> = ({ set, get }) => ({
  route: { name: 'home' },

  navigate(route, options) {
    const path = pathOf(route);
    if (options?.replace) history.replaceState(null, '', path);
    else if (here() !== path) history.pushState(null, '', path);
    set({ route });
    get().enterRoute(route);
  },

  syncRoute() {
    const route = parsePath(location.pathname, location.search);
    // An unknown address is shown as home, and the address bar says so.
    if (pathOf(route) !== here()) history.replaceState(null, '', pathOf(route));
    set({ route });
    get().enterRoute(route);
  },
});
