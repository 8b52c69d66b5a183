import { ExerciseLetter, exerciseLetters } from '../../shared/exercises/letters';

/** The pages of an account's relationship plan, the plan itself first. */
export const planSections = [
  'actions',
  'stage',
  'map',
  'target',
  'layers',
  'buyer',
  'readiness',
  'practices',
  'progress',
] as const;
export type PlanSection = (typeof planSections)[number];

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
  /** One key account's relationship development plan: one of its pages. */
  | {
      name: 'plan';
      workshopId: string;
      /** The workshop's first participant when absent. */
      participantId?: string;
      /** Their first account when absent. */
      accountId?: string;
      /** The plan itself when absent. */
      section?: PlanSection;
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
const PLAN_PATH = new RegExp(`^/workshops/${ID}/plan(?:/(${planSections.join('|')}))?/?$`);
const CONTENT_PATH = new RegExp(`^/workshops/${ID}/content/?$`);
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

function idParam(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name);
  return value !== null && SAFE_ID.test(value) ? value : undefined;
}

/** Whose work a page shows, from its query: ids that are not safe are ignored. */
function ownerParams(search: string): { participantId?: string; accountId?: string } {
  const params = new URLSearchParams(search);
  const participantId = idParam(params, 'participant');
  const accountId = idParam(params, 'account');
  return { ...(participantId ? { participantId } : {}), ...(accountId ? { accountId } : {}) };
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
  const plan = PLAN_PATH.exec(pathname);
  if (plan?.[1]) {
    const section = planSections.find((s) => s === plan[2]);
    return {
      name: 'plan',
      workshopId: plan[1],
      ...ownerParams(search),
      ...(section && section !== 'actions' ? { section } : {}),
    };
  }
  const content = CONTENT_PATH.exec(pathname);
  if (content?.[1]) return { name: 'content', workshopId: content[1] };
  const exercise = EXERCISE_PATH.exec(pathname);
  if (exercise?.[1] && exercise[2]) {
    return {
      name: 'exercise',
      workshopId: exercise[1],
      letter: ExerciseLetter.parse(exercise[2].toUpperCase()),
      ...ownerParams(search),
    };
  }
  return { name: 'home' };
}

/** The query naming whose work a page shows. */
function ownerQuery(route: { participantId?: string; accountId?: string }): string {
  const params = new URLSearchParams();
  if (route.participantId) params.set('participant', route.participantId);
  if (route.accountId) params.set('account', route.accountId);
  return params.size > 0 ? `?${params.toString()}` : '';
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
    case 'exercise':
      return `/workshops/${encodeURIComponent(route.workshopId)}/exercises/${route.letter}${ownerQuery(route)}`;
    case 'plan': {
      const section = route.section && route.section !== 'actions' ? `/${route.section}` : '';
      return `/workshops/${encodeURIComponent(route.workshopId)}/plan${section}${ownerQuery(route)}`;
    }
  }
}
