import type { StateCreator } from 'zustand/vanilla';
import { parsePath, pathOf, type Route } from './routes';
import type { AppStore, RouteActions, RouteState } from './types';

/** Loads what a route shows, whenever it becomes the current one. */
function enter(get: () => AppStore, route: Route) {
  // Leaving a screen must not lose what was typed on it.
  void get().flushAnswers();
  if (route.name === 'workshop') void get().loadCurrent(route.id);
  else if (route.name === 'exercise') {
    if (get().currentId !== route.workshopId || !get().current)
      void get().loadCurrent(route.workshopId);
    void get().loadFacilitation(route.workshopId);
  } else if (route.name === 'present' || route.name === 'console' || route.name === 'session') {
    // A presenter that reloads comes back on the current step: it asks the host where things stand.
    if (get().currentId !== route.workshopId || !get().current)
      void get().loadCurrent(route.workshopId);
    void get().loadFacilitation(route.workshopId);
  } else if (route.name === 'home')
    void get().loadWorkshops({ quiet: get().workshopsStatus === 'ready' });
}

const here = () => `${location.pathname}${location.search}`;

/** A tiny router over the history API, living in the store so actions can navigate. */
export const createRouteSlice: StateCreator<AppStore, [], [], RouteState & RouteActions> = (
  set,
  get,
) => ({
  route: { name: 'home' },

  navigate(route, options) {
    const path = pathOf(route);
    if (options?.replace) history.replaceState(null, '', path);
    else if (here() !== path) history.pushState(null, '', path);
    set({ route });
    enter(get, route);
  },

  syncRoute() {
    const route = parsePath(location.pathname, location.search);
    // An unknown address is shown as home, and the address bar says so.
    if (pathOf(route) !== here()) history.replaceState(null, '', pathOf(route));
    set({ route });
    enter(get, route);
  },
});
