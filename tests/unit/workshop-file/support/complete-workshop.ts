// A workshop with something in every part a workshop file carries, built through the api.
import { callCommand, type Api } from '../../../../server/api/create-api';
import type { Result } from '../../../../shared/api/errors';

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** A contact map of four people and three links, one of them the KAM. */
export const exampleMap = {
  people: [
    {
      id: 'kam',
      side: 'supplier',
      level: 'middle',
      department: 'Sales',
      isKeyAccountManager: true,
    },
    { id: 's2', side: 'supplier', level: 'senior', department: '', name: 'Sam' },
    { id: 'c1', side: 'customer', level: 'senior', department: 'Purchasing', title: 'Buyer' },
    { id: 'c2', side: 'customer', level: 'board', department: 'Finance' },
  ],
  links: [
    { id: 'l1', from: 'kam', to: 'c1', strength: 3 },
    { id: 'l2', from: 's2', to: 'c2', reciprocated: false },
    { id: 'l3', from: 'kam', to: 's2' },
  ],
  positions: { kam: { x: 10, y: 20 }, c1: { x: 300.5, y: 40 } },
} as const;

/** Something in every part of an account's relationship plan. */
export const examplePlan = {
  'customer-view': { scores: [1, 2, null, 1, 0, 2], scoredBy: 'customer-team' },
  'target-map': {
    ...exampleMap,
    people: [
      ...exampleMap.people,
      { id: 'c3', side: 'customer', level: 'board', department: 'Operations', name: 'Olu' },
    ],
    links: [...exampleMap.links, { id: 't1', from: 'kam', to: 'c3' }],
  },
  layers: {
    'activity-links': [{ id: 'e1', what: 'Shared ordering system', since: '2021', strength: 3 }],
    'resource-ties': [],
    'people-bonds': [
      { id: 'e2', what: 'Kim and the buyer', since: '', strength: null, reciprocated: false },
    ],
  },
  'buyer-lens': { consolidation: { stance: 'Cutting to two suppliers', meaning: 'Be one' } },
  readiness: {
    characteristics: { c1: 3, c16: 0 },
    prerequisites: { p1: 'partly' },
    stepsDone: { r1: true },
  },
  actions: {
    actions: [
      {
        id: 'x1',
        what: 'Introduce our logistics lead to the buyer',
        who: 'Kim',
        due: '2026-05-01',
        closes: { kind: 'single-thread', key: 'c1', label: 'Buyer hangs by a single thread' },
        status: 'under-way',
      },
    ],
  },
} as const;

/** Creates the workshop and returns its id. */
export function createCompleteWorkshop(api: Api): string {
  const workshop = valueOf(
    callCommand(api, 'workshops:create', {
      title: 'Key accounts — Spring',
      date: '2026-03-01',
      facilitator: 'Ann',
      client: 'Acme',
      mode: 'facilitated',
    }),
  );
  const id = workshop.id;
  valueOf(callCommand(api, 'participants:add', { workshopId: id, name: 'Alice' }));
  const detail = valueOf(callCommand(api, 'participants:add', { workshopId: id, name: 'Bob' }));
  const [alice, bob] = detail.participants;
  if (!alice || !bob) throw new Error('participants missing');
  valueOf(callCommand(api, 'accounts:add', { participantId: alice.id, name: 'Globex' }));
  const withAccounts = valueOf(
    callCommand(api, 'accounts:add', { participantId: bob.id, name: 'Initech' }),
  );
  const account = withAccounts.participants[0]!.accounts[0]!;

  const save = (exercise: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G', payload: unknown) =>
    valueOf(
      callCommand(api, 'answers:save', {
        participantId: alice.id,
        exercise,
        accountId: 'ABEF'.includes(exercise) ? null : account.id,
        payload,
      }),
    );
  save('A', {
    items: [
      { id: 'a1', text: 'Trust' },
      { id: 'a2', text: 'Price' },
    ],
    matches: [{ itemId: 'a1', modelId: 'm1' }],
  });
  save('B', { items: [{ id: 'b1', text: 'Volume' }], matches: [] });
  save('C', {
    customer: [{ id: 'c1', text: 'Reliability', sourceItemId: 'a1' }],
    supplier: [{ id: 's1', text: 'Volume', sourceItemId: null }],
    links: [{ customerId: 'c1', supplierId: 's1' }],
    reflection: 'They match.',
  });
  save('D', { scores: [3, 2, null, 1, 0, 2] });
  save('E', {
    positives: [{ id: 'e1', text: 'Simple' }],
    negatives: [],
    suitable: 'depends',
    reason: 'Size',
    matches: [],
  });
  save('F', { stage: 'co-operative', why: 'Several contacts' });
  save('G', exampleMap);
  valueOf(callCommand(api, 'scorings:save', { accountId: account.id, scores: [1, 1, 1, 1, 1, 1] }));
  valueOf(callCommand(api, 'scorings:save', { accountId: account.id, scores: [3, 3, 2, 3, 3, 2] }));
  valueOf(
    callCommand(api, 'scorings:save', {
      accountId: account.id,
      scores: [1, 2, 1, 1, 2, 2],
      view: 'customer-believed',
    }),
  );
  const plan = (part: string, payload: unknown, forAccount = true) =>
    valueOf(
      callCommand(api, 'plans:save', {
        participantId: alice.id,
        accountId: forAccount ? account.id : null,
        part: part as 'layers',
        payload,
      }),
    );
  for (const [part, payload] of Object.entries(examplePlan)) plan(part, payload);
  plan('practices', { ratings: { s1: 'in-place', o3: 'not-yet' } }, false);
  valueOf(
    callCommand(api, 'facilitation:update', {
      workshopId: id,
      patch: { stepIndex: 3, revealed: ['A', 'B'], hideNames: true, chimeMuted: true },
    }),
  );
  valueOf(
    callCommand(api, 'facilitation:timer', {
      workshopId: id,
      exercise: 'A',
      action: { kind: 'set', durationMs: 600_000 },
    }),
  );
  return id;
}
