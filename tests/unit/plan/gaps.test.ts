import { describe, expect, it } from 'vitest';
import { buyerHeadings } from '../../../shared/course/buyers-lens';
import type { ContactMap, Person } from '../../../shared/domain/contact-map';
import { countByStatus, isOverdue, PlanAction, type GapKind } from '../../../shared/plan/actions';
import { planGaps, quote, sameGap, type PlanInputs } from '../../../shared/plan/gaps';
import { emptyLayers } from '../../../shared/plan/layers';

const person = (id: string, side: Person['side'], extra: Partial<Person> = {}): Person => ({
  id,
  side,
  level: 'middle',
  department: side === 'supplier' ? 'Sales' : 'Purchasing',
  name: id,
  ...extra,
});

const hog: ContactMap = {
  people: [
    person('Kim', 'supplier', { isKeyAccountManager: true }),
    person('Sam', 'supplier', { department: 'Logistics' }),
    person('Bea', 'customer', { title: 'Buyer' }),
  ],
  links: [
    { id: 'l1', from: 'Sam', to: 'Kim' },
    { id: 'l2', from: 'Kim', to: 'Bea' },
  ],
};

const inputs: PlanInputs = {
  topThree: {
    customer: [
      { id: 'c1', text: 'Innovation', sourceItemId: null },
      { id: 'c2', text: 'Security of supply', sourceItemId: null },
      { id: 'c3', text: 'Lower cost', sourceItemId: null },
    ],
    supplier: [
      { id: 's1', text: 'More volume', sourceItemId: null },
      { id: 's2', text: 'Higher prices', sourceItemId: null },
      { id: 's3', text: 'Innovation', sourceItemId: null },
    ],
    links: [],
    reflection: '',
  },
  ownScores: [3, 3, 2, 2, 2, 2],
  customerScores: [1, 3, 2, null, 2, 2],
  stage: 'interdependent',
  map: hog,
  target: null,
  layers: emptyLayers,
};

const keysOf = (kind: GapKind, gaps = planGaps(inputs)) =>
  gaps.filter((g) => g.kind === kind).map((g) => g.key);

describe('the gaps a plan can close', () => {
  it('finds the top-three mismatches: picks only one side has, and shared picks ranked far apart', () => {
    expect(keysOf('mismatch')).toEqual([
      'customer:c2',
      'customer:c3',
      'supplier:s1',
      'supplier:s2',
      'rank:c1',
    ]);
    const gaps = planGaps(inputs);
    expect(gaps.find((g) => g.key === 'rank:c1')?.label).toBe(
      '“Innovation” is no. 1 for the customer, no. 3 for you',
    );
  });

  it('names the stage with the course’s advice, and each statement the two views score differently', () => {
    const gaps = planGaps(inputs).filter((g) => g.kind === 'stage');
    expect(gaps.map((g) => g.key)).toEqual(['stage:interdependent', 'perception:d1']);
    expect(gaps[1]!.label).toMatch(
      /^Statement 1: we score 3, the customer 1 — “If our relationship/,
    );
    const coOperative = planGaps({ ...inputs, stage: 'co-operative' });
    expect(coOperative.find((g) => g.kind === 'stage')?.label).toBe(
      'Co-operative stage: don’t prolong it: move it forwards, or backwards',
    );
  });

  it('finds the map’s pattern, its contradiction of the score, and its single threads', () => {
    expect(keysOf('map')).toEqual(['pattern:kam-hog', 'versus-score']);
    expect(keysOf('single-thread')).toEqual(['Bea']);
    expect(planGaps(inputs).find((g) => g.kind === 'single-thread')?.label).toBe(
      'Bea (Buyer) hangs by a single thread: Kim',
    );
  });

  it('turns a target map into people to bring in and contacts to build', () => {
    const target: ContactMap = {
      people: [...hog.people, person('Ola', 'customer', { level: 'board', department: 'Finance' })],
      links: [
        ...hog.links,
        { id: 't1', from: 'Sam', to: 'Bea' },
        { id: 't2', from: 'Kim', to: 'Ola' },
      ],
    };
    const gaps = planGaps({ ...inputs, target });
    expect(keysOf('map', gaps)).toEqual([
      'pattern:kam-hog',
      'versus-score',
      'bring-in:Ola',
      'contact:Sam:Bea',
      'contact:Kim:Ola',
    ]);
    expect(gaps.find((g) => g.key === 'bring-in:Ola')?.label).toBe(
      'Bring in Ola (Customer, Board, Finance)',
    );
  });

  it('names the thin layers and every heading of the buyer’s lens', () => {
    expect(keysOf('layer')).toEqual(['activity-links', 'resource-ties', 'people-bonds']);
    expect(keysOf('buyer')).toEqual([...buyerHeadings]);
  });

  it('gives the same keys each time the same work is read, so an action keeps its gap', () => {
    const again = planGaps(structuredClone(inputs));
    for (const gap of planGaps(inputs)) expect(again.some((g) => sameGap(g, gap))).toBe(true);
  });

  it('quotes a long text cut at a word, with an ellipsis', () => {
    expect(quote('short')).toBe('short');
    const long = quote('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith('word…')).toBe(true);
  });
});

describe('actions', () => {
  const action: PlanAction = {
    id: 'a1',
    what: 'Introduce our logistics lead to Bea',
    who: 'Kim',
    due: '2026-03-01',
    closes: { kind: 'single-thread', key: 'Bea', label: 'Bea hangs by a single thread' },
    status: 'planned',
  };

  it('is overdue after its date until it is done or dropped', () => {
    expect(isOverdue(action, '2026-03-01')).toBe(false);
    expect(isOverdue(action, '2026-03-02')).toBe(true);
    expect(isOverdue({ ...action, status: 'done' }, '2026-03-02')).toBe(false);
    expect(isOverdue({ ...action, status: 'dropped' }, '2026-03-02')).toBe(false);
    expect(isOverdue({ ...action, due: '' }, '2030-01-01')).toBe(false);
  });

  it('counts actions by status', () => {
    expect(countByStatus([action, { ...action, status: 'done' }, action])).toEqual({
      planned: 2,
      'under-way': 0,
      done: 1,
      dropped: 0,
    });
  });

  it('accepts an empty date and refuses one that does not exist', () => {
    expect(PlanAction.safeParse({ ...action, due: '' }).success).toBe(true);
    expect(PlanAction.safeParse({ ...action, due: '2026-02-30' }).success).toBe(false);
  });
});
