import { describe, expect, it } from 'vitest';
import {
  ContactMapError,
  validateContactMap,
  type ContactMap,
} from '../../../shared/domain/contact-map';

const valid = (): ContactMap => ({
  people: [
    { id: 'p1', side: 'supplier', level: 'senior', department: 'Sales', isKeyAccountManager: true },
    { id: 'p2', side: 'supplier', level: 'middle', department: 'Logistics' },
    { id: 'p3', side: 'customer', level: 'middle', department: 'Purchasing' },
    { id: 'p4', side: 'customer', level: 'operational', department: 'Logistics' },
    { id: 'p5', side: 'supplier', level: 'middle', department: 'Finance' },
  ],
  links: [
    { id: 'l0', from: 'p1', to: 'p3' },
    { id: 'l1', from: 'p2', to: 'p4', strength: 3 },
    { id: 'l2', from: 'p2', to: 'p1' },
    { id: 'l3', from: 'p5', to: 'p3', reciprocated: false },
    { id: 'l4', from: 'p5', to: 'p1' },
    { id: 'l5', from: 'p5', to: 'p4' },
  ],
});

/** The error validateContactMap throws for a map, or a failure if it throws none. */
function errorFor(map: unknown): ContactMapError {
  try {
    validateContactMap(map);
  } catch (error) {
    if (error instanceof ContactMapError) return error;
    throw error;
  }
  throw new Error('expected the map to be refused');
}

describe('validating a contact map', () => {
  it('returns a valid map as given, without filling in defaults', () => {
    const map = valid();
    const checked = validateContactMap(map);
    expect(checked).toEqual(map);
    expect(checked.links[0]).not.toHaveProperty('strength');
    expect(checked.links[0]).not.toHaveProperty('reciprocated');
  });

  it('names the link and the missing person a link ends at', () => {
    const map = valid();
    map.links[5]!.to = 'p9';
    const error = errorFor(map);
    expect(error.message).toBe('links[5].to: no person "p9"');
    expect(error.path).toBe('links[5].to');
  });

  it('names the link a missing person starts from', () => {
    const map = valid();
    map.links[2]!.from = 'nobody';
    expect(errorFor(map).message).toBe('links[2].from: no person "nobody"');
  });

  it('refuses a link from a person to themself', () => {
    const map = valid();
    map.links[1]!.to = 'p2';
    expect(errorFor(map).message).toBe('links[1].to: a link cannot join "p2" to itself');
  });

  it('refuses two people with the same id, naming both', () => {
    const map = valid();
    map.people[3]!.id = 'p2';
    expect(errorFor(map).message).toBe(
      'people[3].id: duplicate person id "p2"; people[1] has it already',
    );
  });

  it('refuses two links with the same id, naming both', () => {
    const map = valid();
    map.links[4]!.id = 'l1';
    expect(errorFor(map).message).toBe(
      'links[4].id: duplicate link id "l1"; links[1] has it already',
    );
  });

  it('refuses a second key account manager, naming the first', () => {
    const map = valid();
    map.people[4]!.isKeyAccountManager = true;
    map.people.unshift({ id: 'p0', side: 'customer', level: 'board', department: 'Board' });
    expect(errorFor(map).message).toBe(
      'people[5].isKeyAccountManager: only one key account manager is allowed; people[1] is already one',
    );
  });

  it('refuses a key account manager on the customer side', () => {
    const map = valid();
    map.people[2]!.isKeyAccountManager = true;
    expect(errorFor(map).message).toBe(
      'people[2].isKeyAccountManager: The key account manager works for the supplier and stays on the supplier side.',
    );
  });

  it('refuses an empty or blank department', () => {
    const map = valid();
    map.people[1]!.department = '  ';
    expect(errorFor(map).message).toBe('people[1].department: a department must not be empty');
  });

  it('names the path of a value of the wrong type', () => {
    const wrongLevel = valid() as unknown as { people: Array<Record<string, unknown>> };
    wrongLevel.people[0]!.level = 'chief';
    const error = errorFor(wrongLevel);
    expect(error.path).toBe('people[0].level');
    expect(error.message).toMatch(/^people\[0\]\.level: /);

    const wrongStrength = valid() as unknown as { links: Array<Record<string, unknown>> };
    wrongStrength.links[3]!.strength = 4;
    expect(errorFor(wrongStrength).path).toBe('links[3].strength');

    expect(errorFor({ people: [] }).path).toBe('links');
    expect(errorFor(null).path).toBe('map');
  });
});
