import { describe, expect, it } from 'vitest';
import { exampleMaps, linearOrganisationMap } from '../../../shared/course/example-maps';
import {
  FEW_CONTACTS_MAX,
  INTERDEPENDENT_JOINED_SHARE_MIN,
  INTERDEPENDENT_MIN_CONTACTS,
  INTERDEPENDENT_MIN_DEPARTMENTS,
  INTERDEPENDENT_MIN_LEVELS,
  JOINED_UP_SHARE_MIN,
  KAM_HOG_SHARE_MIN,
  diagnoseContactMap,
  levelLabels,
  levels,
  patternInfo,
  validateContactMap,
  type ContactMap,
  type Level,
  type Link,
  type Pattern,
  type Person,
} from '../../../shared/domain/contact-map';

// ---- builders -------------------------------------------------------------------------------

function sup(id: string, level: Level = 'middle', department = 'Sales', isKam = false): Person {
  return {
    id,
    side: 'supplier',
    level,
    department,
    title: id,
    ...(isKam ? { isKeyAccountManager: true } : {}),
  };
}
const kam = (id = 'kam', level: Level = 'middle', department = 'Sales') =>
  sup(id, level, department, true);
function cus(id: string, level: Level = 'middle', department = 'Purchasing'): Person {
  return { id, side: 'customer', level, department, title: id };
}
type LinkSpec = readonly [string, string] | readonly [string, string, Partial<Link>];
function mapOf(people: Person[], links: readonly LinkSpec[]): ContactMap {
  return {
    people,
    links: links.map(([from, to, extra], i) => ({ id: `l${i + 1}`, from, to, ...extra })),
  };
}
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const patternOf = (map: ContactMap) => diagnoseContactMap(validateContactMap(map)).pattern;

/**
 * Supplier people s1…s{holders}, each in contact with their own customer c1…; the first
 * `joined` of them are linked to a KAM who holds no contact. Optionally a senior customer hub
 * `hub`, holding no contact, linked to the first `hubbed` customers.
 */
function spread(holders: number, joined: number, opts: { level?: Level; hubbed?: number } = {}) {
  const level = opts.level ?? 'middle';
  const people = [
    kam('kam', level),
    ...range(holders).map((i) => sup(`s${i}`, level)),
    ...range(holders).map((i) => cus(`c${i}`, level)),
  ];
  const links: LinkSpec[] = [
    ...range(holders).map((i) => [`s${i}`, `c${i}`] as const),
    ...range(joined).map((i) => [`s${i}`, 'kam'] as const),
  ];
  if (opts.hubbed !== undefined) {
    people.push(cus('hub', 'senior'));
    links.push(...range(opts.hubbed).map((i) => [`c${i}`, 'hub'] as const));
  }
  return mapOf(people, links);
}

/**
 * A map exactly at every interdependent threshold: 6 contacts, 3 levels and 3 departments on
 * each side, senior people on both sides, 4 of 5 supplier contact-holders joined to the KAM.
 */
function interdependentAtThresholds(
  change: (people: Person[], links: LinkSpec[]) => void = () => {},
) {
  const people = [
    kam('kam', 'senior', 'Sales'),
    sup('s1', 'middle', 'Technical'),
    sup('s2', 'operational', 'Logistics'),
    sup('s3', 'middle', 'Sales'),
    sup('s4', 'middle', 'Sales'),
    cus('c1', 'senior', 'Purchasing'),
    cus('c2', 'middle', 'Engineering'),
    cus('c3', 'operational', 'Logistics'),
    cus('c4', 'middle', 'Purchasing'),
    cus('c5', 'middle', 'Purchasing'),
    cus('c6', 'middle', 'Purchasing'),
  ];
  const links: LinkSpec[] = [
    ['kam', 'c1'],
    ['kam', 'c4'],
    ['s1', 'c2'],
    ['s2', 'c3'],
    ['s3', 'c5'],
    ['s4', 'c6'],
    ['s1', 'kam'],
    ['s2', 'kam'],
    ['s3', 's1'],
  ];
  change(people, links);
  return mapOf(people, links);
}
const withLevel = (people: Person[], id: string, level: Level) => {
  const p = people.find((q) => q.id === id)!;
  p.level = level;
};

// ---- tests ----------------------------------------------------------------------------------

describe('the contact map vocabulary', () => {
  it('lists the levels top first with the course’s labels', () => {
    expect(levels).toEqual(['board', 'senior', 'middle', 'operational']);
    expect(levels.map((l) => levelLabels[l])).toEqual([
      'Board',
      'Senior management',
      'Middle management',
      'Operational',
    ]);
  });

  it('gives each pattern the verdict the course gives it', () => {
    expect(Object.fromEntries(Object.entries(patternInfo).map(([p, i]) => [p, i.verdict]))).toEqual(
      {
        empty: 'none',
        'few-low-level': 'basic',
        'kam-hog': 'basic',
        'not-joined-up': 'dangerous',
        'customer-controlled': 'dangerous',
        'co-operative': 'developing',
        interdependent: 'healthy',
      },
    );
    expect(patternInfo['kam-hog'].label).toBe('Key account manager as relationship hog');
  });
});

describe('diagnosing one hand-made map per pattern', () => {
  const cases: Array<[Pattern, ContactMap]> = [
    ['empty', mapOf([kam(), cus('c1')], [['kam', 'c1', { reciprocated: false }]])],
    ['few-low-level', mapOf([kam(), cus('c1', 'operational')], [['kam', 'c1']])],
    [
      'kam-hog',
      mapOf(
        [kam(), sup('s1'), sup('s2'), cus('c1'), cus('c2')],
        [
          ['s1', 'kam'],
          ['s2', 'kam'],
          ['kam', 'c1'],
          ['kam', 'c2'],
        ],
      ),
    ],
    ['not-joined-up', spread(4, 0)],
    ['customer-controlled', spread(4, 0, { hubbed: 4 })],
    ['co-operative', spread(4, 3)],
    ['interdependent', interdependentAtThresholds()],
  ];
  it.each(cases)(
    'diagnoses the hand-made %s map as that pattern, with its verdict',
    (pattern, map) => {
      const d = diagnoseContactMap(validateContactMap(map));
      expect(d.pattern).toBe(pattern);
      expect(d.verdict).toBe(patternInfo[pattern].verdict);
    },
  );

  it('calls a map of only one-sided contacts empty and says they were not counted', () => {
    const d = diagnoseContactMap(
      mapOf(
        [kam(), cus('c1'), cus('c2')],
        [
          ['kam', 'c1', { reciprocated: false }],
          ['kam', 'c2', { reciprocated: false }],
        ],
      ),
    );
    expect(d.metrics).toMatchObject({ contactCount: 0, oneSidedContactCount: 2 });
    expect(d.reasons.join(' ')).toContain('2 one-sided contacts are not counted');
  });

  it('calls a map with no people at all empty', () => {
    expect(diagnoseContactMap({ people: [], links: [] }).pattern).toBe('empty');
  });
});

describe('the course’s example maps', () => {
  it.each(exampleMaps.map((e) => [e.id, e] as const))(
    'diagnoses the %s example as labelled',
    (_, e) => {
      expect(diagnoseContactMap(validateContactMap(e.map)).pattern).toBe(e.pattern);
    },
  );

  it('has one example for each of the five course patterns', () => {
    expect(exampleMaps.map((e) => e.pattern)).toEqual([
      'few-low-level',
      'kam-hog',
      'not-joined-up',
      'customer-controlled',
      'interdependent',
    ]);
  });

  it('diagnoses exercise F’s linear organisation as a relationship hog: still basic', () => {
    const d = diagnoseContactMap(validateContactMap(linearOrganisationMap));
    expect(d.pattern).toBe('kam-hog');
    expect(d.verdict).toBe('basic');
    expect(d.metrics).toMatchObject({
      contactCount: 1,
      kamContactShare: 1,
      supplierBehindKamCount: 6,
      centralPersonId: 's-kam',
    });
  });
});

describe('each threshold at its boundary', () => {
  it(`calls ${FEW_CONTACTS_MAX} low-level contacts few, and one more co-operative`, () => {
    expect(patternOf(spread(FEW_CONTACTS_MAX, FEW_CONTACTS_MAX))).toBe('few-low-level');
    expect(patternOf(spread(FEW_CONTACTS_MAX + 1, FEW_CONTACTS_MAX + 1))).toBe('co-operative');
  });

  it('stops calling few contacts low-level once a senior or board person holds one', () => {
    const senior = spread(2, 2);
    withLevel(senior.people, 'c1', 'senior');
    expect(patternOf(senior)).toBe('co-operative');
    const board = spread(2, 2);
    withLevel(board.people, 's2', 'board');
    expect(patternOf(board)).toBe('co-operative');
  });

  // The KAM holds `kamHeld` contacts, a colleague s1 (linked to the KAM) holds `others`, and
  // a colleague b stands behind the KAM with no contact.
  const hog = (kamHeld: number, others: number) =>
    mapOf(
      [kam(), sup('s1'), sup('b'), ...range(kamHeld + others).map((i) => cus(`c${i}`))],
      [
        ['s1', 'kam'],
        ['b', 'kam'],
        ...range(kamHeld).map((i) => ['kam', `c${i}`] as const),
        ...range(others).map((i) => ['s1', `c${kamHeld + i}`] as const),
      ],
    );
  it(`calls the KAM a hog at ${KAM_HOG_SHARE_MIN * 100}% of contacts, and not just below`, () => {
    expect(diagnoseContactMap(hog(4, 1)).metrics.kamContactShare).toBe(KAM_HOG_SHARE_MIN);
    expect(patternOf(hog(4, 1))).toBe('kam-hog');
    expect(diagnoseContactMap(hog(3, 1)).metrics.kamContactShare).toBe(0.75);
    expect(patternOf(hog(3, 1))).toBe('co-operative');
  });

  it('makes a lone KAM with one low-level contact few-low-level, and a hog once a colleague stands behind', () => {
    const lone = mapOf([kam(), cus('c1')], [['kam', 'c1']]);
    expect(patternOf(lone)).toBe('few-low-level');
    const bowTie = mapOf(
      [kam(), sup('s1'), cus('c1')],
      [
        ['kam', 'c1'],
        ['s1', 'kam'],
      ],
    );
    expect(diagnoseContactMap(bowTie).metrics.supplierBehindKamCount).toBe(1);
    expect(patternOf(bowTie)).toBe('kam-hog');
  });

  it(`makes a lone KAM a hog once they hold more than ${FEW_CONTACTS_MAX} contacts`, () => {
    const lone = (n: number) =>
      mapOf(
        [kam(), ...range(n).map((i) => cus(`c${i}`))],
        range(n).map((i) => ['kam', `c${i}`] as const),
      );
    expect(patternOf(lone(FEW_CONTACTS_MAX))).toBe('few-low-level');
    expect(patternOf(lone(FEW_CONTACTS_MAX + 1))).toBe('kam-hog');
  });

  it(`calls the supplier joined up at ${JOINED_UP_SHARE_MIN * 100}% joined to the KAM, and not joined up below`, () => {
    // The KAM holds one contact and one colleague is linked to the KAM: 2 joined.
    const map = (notJoined: number) => {
      const m = spread(notJoined + 1, 1);
      m.people.push(cus('ck'));
      m.links.push({ id: 'lk', from: 'kam', to: 'ck' });
      return m;
    };
    expect(diagnoseContactMap(map(2)).metrics.supplierJoinedToKamShare).toBe(JOINED_UP_SHARE_MIN);
    expect(patternOf(map(2))).toBe('co-operative');
    expect(diagnoseContactMap(map(3)).metrics.supplierJoinedToKamShare).toBe(0.4);
    expect(patternOf(map(3))).toBe('not-joined-up');
  });

  it(`calls the customer in control at ${JOINED_UP_SHARE_MIN * 100}% joined to its hub, and not below`, () => {
    // Nothing joined on the supplier side; the hub joins 2 of the customer's contact-holders.
    const atHalf = spread(4, 0, { hubbed: 2 });
    expect(diagnoseContactMap(atHalf).metrics).toMatchObject({
      customerHubId: 'hub',
      customerJoinedToHubShare: JOINED_UP_SHARE_MIN,
    });
    expect(patternOf(atHalf)).toBe('customer-controlled');
    const below = spread(5, 0, { hubbed: 2 });
    expect(diagnoseContactMap(below).metrics.customerJoinedToHubShare).toBe(0.4);
    expect(patternOf(below)).toBe('not-joined-up');
  });

  it('does not call a single customer gatekeeper a hub that co-ordinates, until a colleague is joined to it', () => {
    const gatekeeper = mapOf(
      [kam(), sup('s1', 'senior'), sup('s2'), cus('buyer'), cus('planner')],
      [
        ['kam', 'buyer'],
        ['s1', 'buyer'],
        ['s2', 'buyer'],
      ],
    );
    expect(diagnoseContactMap(gatekeeper).metrics.customerJoinedToHubShare).toBe(1);
    expect(patternOf(gatekeeper)).toBe('not-joined-up');
    gatekeeper.links.push(
      { id: 'x1', from: 's2', to: 'planner' },
      { id: 'x2', from: 'planner', to: 'buyer' },
    );
    expect(patternOf(gatekeeper)).toBe('customer-controlled');
  });

  it('needs two supplier contact-holders before it calls contacts not joined up', () => {
    const one = mapOf(
      [sup('s1', 'senior'), ...range(4).map((i) => cus(`c${i}`))],
      range(4).map((i) => ['s1', `c${i}`] as const),
    );
    expect(patternOf(one)).toBe('co-operative');
    one.people.push(sup('s2'));
    one.links.push({ id: 'x', from: 's2', to: 'c1' });
    expect(patternOf(one)).toBe('not-joined-up');
  });

  it('calls a map exactly at every interdependent threshold interdependent', () => {
    const m = diagnoseContactMap(interdependentAtThresholds()).metrics;
    expect(m.contactCount).toBe(INTERDEPENDENT_MIN_CONTACTS);
    expect(m.supplierJoinedToKamShare).toBe(INTERDEPENDENT_JOINED_SHARE_MIN);
    expect(m.supplierLevels).toHaveLength(INTERDEPENDENT_MIN_LEVELS);
    expect(m.customerLevels).toHaveLength(INTERDEPENDENT_MIN_LEVELS);
    expect(m.supplierDepartments).toHaveLength(INTERDEPENDENT_MIN_DEPARTMENTS);
    expect(m.customerDepartments).toHaveLength(INTERDEPENDENT_MIN_DEPARTMENTS);
    expect(m.seniorOnBothSides).toBe(true);
  });

  const shortOf: Array<[string, (people: Person[], links: LinkSpec[]) => void, RegExp]> = [
    ['one contact fewer', (_, links) => links.splice(5, 1), /Only 5 contacts/],
    ['3 of 5 contact-holders joined (60%)', (_, links) => links.splice(8, 1), /\(60%\)/],
    ['one level fewer at the supplier', (people) => withLevel(people, 's2', 'middle'), /2 levels/],
    [
      'one level fewer at the customer',
      (people) => withLevel(people, 'c3', 'middle'),
      /at the customer/,
    ],
    [
      'one department fewer at the supplier',
      (people) => (people.find((p) => p.id === 's2')!.department = 'sales '),
      /2 departments/,
    ],
    [
      'no senior person at the customer',
      (people) => withLevel(people, 'c1', 'middle'),
      /No board or senior person/,
    ],
  ];
  it.each(shortOf)('falls back to co-operative with %s, and says why', (_, change, why) => {
    const d = diagnoseContactMap(interdependentAtThresholds(change));
    expect(d.pattern).toBe('co-operative');
    expect(d.reasons.join(' ')).toMatch(why);
  });
});

describe('the measures', () => {
  it('counts a pair of people once however many lines join them', () => {
    const d = diagnoseContactMap(
      mapOf(
        [kam(), cus('c1')],
        [
          ['kam', 'c1', { strength: 1 }],
          ['c1', 'kam', { strength: 3 }],
          ['kam', 'c1', { reciprocated: false }],
        ],
      ),
    );
    expect(d.metrics).toMatchObject({
      contactCount: 1,
      oneSidedContactCount: 0,
      averageContactStrength: 3,
    });
  });

  it('joins a contact-holder to the KAM only through reciprocated supplier-side links', () => {
    const d = diagnoseContactMap(
      mapOf(
        [kam(), sup('s1'), sup('s2'), cus('c1'), cus('c2'), cus('c3')],
        [
          ['kam', 'c1'],
          ['s1', 'c2'],
          ['s2', 'c3'],
          ['s1', 'kam', { reciprocated: false }],
          ['s2', 'c1'], // across the sides: a contact, not a supplier-side link
        ],
      ),
    );
    expect(d.metrics.supplierJoinedToKamCount).toBe(1);
    expect(d.metrics.supplierNotJoinedIds).toEqual(['s1', 's2']);
  });

  it('breaks a tie for the customer hub by seniority, then by id', () => {
    const map = (level: Level) =>
      mapOf(
        [sup('s1'), cus('b', level), cus('a'), cus('x'), cus('y')],
        [
          ['a', 'x'],
          ['b', 'y'],
          ['s1', 'a'],
          ['s1', 'b'],
        ],
      );
    expect(diagnoseContactMap(map('middle')).metrics.customerHubId).toBe('a');
    expect(diagnoseContactMap(map('senior')).metrics.customerHubId).toBe('b');
  });

  it('finds the person on the paths between the sides most central', () => {
    // s1 and s2 reach the customer only through the KAM, the customer's c2 only through c1.
    const d = diagnoseContactMap(
      mapOf(
        [kam(), sup('s1'), sup('s2'), cus('c1'), cus('c2')],
        [
          ['s1', 'kam'],
          ['s2', 'kam'],
          ['kam', 'c1'],
          ['c1', 'c2'],
        ],
      ),
    );
    expect(d.metrics.centralityMeasure).toBe('betweenness');
    expect(d.metrics.centralPersonId).toBe('kam');
    // kam lies on s1→c1, s1→c2, s2→c1, s2→c2: 4 of the 3 × 2 supplier–customer pairs.
    expect(d.metrics.centralPersonScore).toBeCloseTo(4 / 6);
  });

  it('reads departments regardless of case and surrounding spaces', () => {
    const d = diagnoseContactMap(
      mapOf(
        [sup('s1', 'middle', 'Sales'), sup('s2', 'middle', ' sales'), cus('c1'), cus('c2')],
        [
          ['s1', 'c1'],
          ['s2', 'c2'],
        ],
      ),
    );
    expect(d.metrics.supplierDepartments).toEqual(['Sales']);
  });
});

describe('the reasons', () => {
  it('give a hog’s share of contacts as a percentage', () => {
    const map = mapOf(
      [kam(), sup('s1'), ...range(7).map((i) => cus(`c${i}`))],
      [...range(6).map((i) => ['kam', `c${i}`] as const), ['s1', 'c7']],
    );
    const d = diagnoseContactMap(map);
    expect(d.pattern).toBe('kam-hog');
    expect(d.reasons[0]).toContain('6 of 7 contacts (86%) run through the key account manager.');
  });

  it('say the supplier’s joined share and the customer’s hub when the customer is in control', () => {
    const d = diagnoseContactMap(spread(4, 0, { hubbed: 4 }));
    expect(d.reasons[0]).toContain('0 of the supplier’s 4 contact-holders (0%)');
    expect(d.reasons[1]).toContain(
      '4 of the customer’s 4 contact-holders (100%) are joined to its hub, hub.',
    );
  });

  it('name a person by name and title when both are given, as many people share a title', () => {
    const named = (person: Person, name: string, title: string) => ({ ...person, name, title });
    const map = mapOf(
      [
        named(kam(), 'Ann Lee', 'Key Account Manager'),
        sup('s1'),
        named(cus('c1'), 'Bo Chen', 'Buyer'),
        named(cus('c2'), 'Cy Diaz', 'Buyer'),
        cus('c3'),
      ],
      [
        ['s1', 'kam'],
        ['kam', 'c1'],
        ['c1', 'c2'],
        ['c1', 'c3'],
      ],
    );
    const reasons = diagnoseContactMap(map).reasons.join(' ');
    expect(reasons).toContain('is Bo Chen (Buyer):');
    expect(diagnoseContactMap(spread(4, 0, { hubbed: 4 })).reasons[1]).toContain('its hub, hub.');
  });

  it('say so when no key account manager is marked, and never call such a map a hog', () => {
    const map = mapOf(
      [sup('s1'), sup('s2'), ...range(4).map((i) => cus(`c${i}`))],
      [
        ['s1', 'c1'],
        ['s1', 'c2'],
        ['s2', 'c3'],
        ['s2', 'c4'],
        ['s1', 's2'],
      ],
    );
    const d = diagnoseContactMap(map);
    expect(d.metrics).toMatchObject({
      kamId: null,
      kamContactShare: 0,
      supplierJoinedToKamShare: 0,
    });
    expect(d.pattern).toBe('not-joined-up');
    expect(d.reasons).toContain(
      'No key account manager is marked on the map, so no contact is joined up through one.',
    );
  });

  it('name the few contacts and their levels for a few-low-level map', () => {
    const d = diagnoseContactMap(spread(2, 2, { level: 'operational' }));
    expect(d.reasons[0]).toBe('There are only 2 contacts (3 or fewer is few).');
    expect(d.reasons[1]).toContain('at the supplier, operational');
  });
});
