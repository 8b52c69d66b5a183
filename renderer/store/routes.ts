import { ExerciseLetter, exerciseLetters } from '../../shared/exercises/letters';

/** The screens the app can show. */
export type Route =
  | { name: 'home' }
  | { name: 'about' }
  | { name: 'workshop'; id: string }
  | {
      name: 'exercise';
      workshopId: string;
      letter: ExerciseLetter;
      /** Whose answer is shown; the workshop's first participant when absent. */
      participantId?: string;
      /** For an exercise about an account: which of the participant's; their first when absent. */
      accountId?: string;
    }
  /** The classroom session: the projector's view, the trainer's console, a learner's walk-through. */
  | { name: 'present' | 'console' | 'session'; workshopId: string }
  /** The trainer's own version of the module for a workshop: timings, texts, run of show. */
  | { name: 'content'; workshopId: string };

/** The routes of a classroom session in a workshop. */
export type SessionRoute = Extract<Route, { name: 'present' | 'console' | 'session' }>;

const ID = '([A-Za-z0-9_-]+)';
// The course's letters, in either case as someone may type them into the address bar.
const LETTER = `(${exerciseLetters.flatMap((letter) => [letter, letter.toLowerCase()]).join('|')})`;
const WORKSHOP_PATH = new RegExp(`^/workshops/${ID}/?$`);
const EXERCISE_PATH = new RegExp(`^/workshops/${ID}/exercises/${LETTER}/?$`);
const SESSION_PATH = new RegExp(`^/workshops/${ID}/(present|console|session)/?$`);
const CONTENT_PATH = new RegExp(`^/workshops/${ID}/content/?$`);
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

function idParam(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name);
  return value !== null && SAFE_ID.test(value) ? value : undefined;
}

/** Reads a route from the address bar's path and query; anything unknown is home. */
export function parsePath(pathname: string, search = ''): Route {
  if (pathname === '/about') return { name: 'about' };
  const workshop = WORKSHOP_PATH.exec(pathname);
  if (workshop?.[1]) return { name: 'workshop', id: workshop[1] };
  const session = SESSION_PATH.exec(pathname);
  if (
    session?.[1] &&
    (session[2] === 'present' || session[2] === 'console' || session[2] === 'session')
  )
    return { name: session[2], workshopId: session[1] };
  const content = CONTENT_PATH.exec(pathname);
  if (content?.[1]) return { name: 'content', workshopId: content[1] };
  const exercise = EXERCISE_PATH.exec(pathname);
  if (exercise?.[1] && exercise[2]) {
    const params = new URLSearchParams(search);
    const participantId = idParam(params, 'participant');
    const accountId = idParam(params, 'account');
    return {
      name: 'exercise',
      workshopId: exercise[1],
      letter: ExerciseLetter.parse(exercise[2].toUpperCase()),
      ...(participantId ? { participantId } : {}),
      ...(accountId ? { accountId } : {}),
    };
  }
  return { name: 'home' };
}

/** The address of a route, absolute so it works under http:// and app:// alike. */
export function pathOf(route: Route): string {
  switch (route.name) {
    case 'home':
      return '/';
    case 'about':
      return '/about';
    case 'workshop':
      return `/workshops/${encodeURIComponent(route.id)}`;
    case 'present':
    case 'console':
    case 'session':
    case 'content':
      return `/workshops/${encodeURIComponent(route.workshopId)}/${route.name}`;
    case 'exercise': {
      const params = new URLSearchParams();
      if (route.participantId) params.set('participant', route.participantId);
      if (route.accountId) params.set('account', route.accountId);
      const query = params.size > 0 ? `?${params.toString()}` : '';
      return `/workshops/${encodeURIComponent(route.workshopId)}/exercises/${route.letter}${query}`;
    }
  }
}
