import { describe, expect, it } from 'vitest';
import { parsePath, pathOf, planSections, type Route } from '../../../renderer/store/routes';
import { exerciseLetters } from '../../../shared/exercises/letters';

/** Parses an address the way the address bar hands it over: path and query apart. */
function parse(address: string): Route {
  const url = new URL(address, 'http://127.0.0.1');
  return parsePath(url.pathname, url.search);
}

const routes: Route[] = [
  { name: 'home' },
  { name: 'about' },
  { name: 'workshop', id: 'w_1-x' },
  { name: 'exercise', workshopId: 'w1', letter: 'A' },
  { name: 'exercise', workshopId: 'w1', letter: 'B', participantId: 'p1' },
  { name: 'exercise', workshopId: 'w1', letter: 'G', participantId: 'p1', accountId: 'a2' },
  { name: 'present', workshopId: 'w1' },
  { name: 'console', workshopId: 'w1' },
  { name: 'session', workshopId: 'w1' },
  { name: 'plan', workshopId: 'w1' },
  { name: 'plan', workshopId: 'w1', participantId: 'p1', accountId: 'a2', section: 'target' },
  { name: 'plan', workshopId: 'w1', section: 'practices' },
  { name: 'content', workshopId: 'w1' },
];

describe('routes and addresses', () => {
  it.each(routes.map((route) => [pathOf(route), route] as const))(
    'reads %s back as the route it was made from',
    (address, route) => {
      expect(parse(address)).toEqual(route);
      expect(pathOf(parse(address))).toBe(address);
    },
  );

  it('opens every exercise of the course by its letter, in either case', () => {
    for (const letter of exerciseLetters) {
      const route: Route = { name: 'exercise', workshopId: 'w1', letter };
      expect(parse(`/workshops/w1/exercises/${letter}`)).toEqual(route);
      expect(parse(`/workshops/w1/exercises/${letter.toLowerCase()}/`)).toEqual(route);
    }
  });

  it('goes home for a letter the course does not have', () => {
    const unknown = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].filter(
      (letter) => !(exerciseLetters as readonly string[]).includes(letter),
    );
    expect(unknown.length).toBeGreaterThan(0);
    for (const letter of [...unknown, 'AB', '1', '']) {
      expect(parse(`/workshops/w1/exercises/${letter}`)).toEqual({ name: 'home' });
    }
  });

  it('opens every page of a plan by its name, the plan itself with none', () => {
    for (const section of planSections) {
      const route = parse(`/workshops/w1/plan/${section}?account=a1`);
      expect(route).toEqual({
        name: 'plan',
        workshopId: 'w1',
        accountId: 'a1',
        ...(section === 'actions' ? {} : { section }),
      });
    }
    expect(pathOf({ name: 'plan', workshopId: 'w1', section: 'actions' })).toBe(
      '/workshops/w1/plan',
    );
    expect(parse('/workshops/w1/plan/elsewhere')).toEqual({ name: 'home' });
  });

  it('goes home for an address it does not know', () => {
    for (const address of ['/nowhere', '/workshops', '/workshops/a%20b', '/workshops/w1/x'])
      expect(parse(address)).toEqual({ name: 'home' });
  });

  it('leaves out a participant or account id that is not a plain id', () => {
    expect(parse('/workshops/w1/exercises/C?participant=%3Cb%3E&account=a1')).toEqual({
      name: 'exercise',
      workshopId: 'w1',
      letter: 'C',
      accountId: 'a1',
    });
    expect(parse(`/workshops/w1/exercises/C?participant=${'p'.repeat(65)}`)).toEqual({
      name: 'exercise',
      workshopId: 'w1',
      letter: 'C',
    });
  });
});
