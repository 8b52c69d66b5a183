import { describe, expect, it } from 'vitest';
import { implementationPractices } from '../../../shared/course/implementation-practices';
import {
  partnershipCharacteristics,
  partnershipPrerequisites,
  partnershipSteps,
} from '../../../shared/course/partnership-readiness';
import { PracticesPart, summarisePractices } from '../../../shared/plan/practices';
import { emptyReadiness, ReadinessPart, summariseReadiness } from '../../../shared/plan/readiness';

describe('the readings’ lists', () => {
  it('hold 16 characteristics, 8 prerequisites, a 10-step route, and 7 strategic and 5 operational practices', () => {
    expect(partnershipCharacteristics).toHaveLength(16);
    expect(partnershipPrerequisites).toHaveLength(8);
    expect(partnershipSteps).toHaveLength(10);
    expect(implementationPractices.filter((p) => p.level === 'strategic')).toHaveLength(7);
    expect(implementationPractices.filter((p) => p.level === 'operational')).toHaveLength(5);
    const ids = [
      ...partnershipCharacteristics,
      ...partnershipPrerequisites,
      ...partnershipSteps,
      ...implementationPractices,
    ].map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('partnership readiness', () => {
  it('says to get your own house in order while a prerequisite is not fully in place', () => {
    const summary = summariseReadiness({
      characteristics: { c1: 3, c2: 1, c3: 0, c4: 2 },
      prerequisites: { p1: 'in-place', p2: 'partly' },
      stepsDone: { r1: true },
    });
    expect(summary).toMatchObject({
      towards: 1,
      moving: 2,
      awayFrom: 1,
      rated: 4,
      prerequisitesInPlace: 1,
      stepsDone: 1,
      nextStep: 'r2',
    });
    expect(summary.prerequisitesMissing).toEqual(['p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8']);
    expect(summary.verdict).toBe(
      'Get your own house in order first: 7 of 8 prerequisites are not fully in place.',
    );
  });

  it('points along the route once every prerequisite is in place', () => {
    const prerequisites = Object.fromEntries(
      partnershipPrerequisites.map((p) => [p.id, 'in-place' as const]),
    );
    const summary = summariseReadiness({ ...emptyReadiness, prerequisites });
    expect(summary.prerequisitesMissing).toEqual([]);
    expect(summary.nextStep).toBe('r1');
    expect(summary.verdict).toMatch(/^The prerequisites are in place/);
  });

  it('refuses a characteristic or prerequisite the reading does not have, and a position off the scale', () => {
    expect(
      ReadinessPart.safeParse({ ...emptyReadiness, characteristics: { c17: 1 } }).success,
    ).toBe(false);
    expect(ReadinessPart.safeParse({ ...emptyReadiness, characteristics: { c1: 4 } }).success).toBe(
      false,
    );
    expect(
      ReadinessPart.safeParse({ ...emptyReadiness, prerequisites: { p1: 'yes' } }).success,
    ).toBe(false);
  });
});

describe('implementation practices', () => {
  it('counts each level’s practices by rating, the unrated too', () => {
    expect(
      summarisePractices({ ratings: { s1: 'in-place', s2: 'partly', o5: 'not-yet' } }),
    ).toEqual({
      strategic: { 'in-place': 1, partly: 1, 'not-yet': 0, unrated: 5 },
      operational: { 'in-place': 0, partly: 0, 'not-yet': 1, unrated: 4 },
    });
  });

  it('refuses a practice the reading does not have', () => {
    expect(PracticesPart.safeParse({ ratings: { s8: 'in-place' } }).success).toBe(false);
  });
});
