import { describe, expect, it } from 'vitest';
import {
  KAM_SIDE_RULE,
  maySitOn,
  personName,
  personTitleLine,
  personWithTitle,
  samePerson,
  tidyLink,
  tidyPerson,
  type Person,
} from '../../../shared/domain/contact-map-model';
import { validateContactMap } from '../../../shared/domain/contact-map';

const person = (fields: Partial<Person> = {}): Person => ({
  id: 'p1',
  side: 'supplier',
  level: 'middle',
  department: 'Sales',
  ...fields,
});

describe('naming a person', () => {
  it('calls a person by name, else by title, else "Unnamed", and adds the title only beside a name', () => {
    expect(personName(person({ name: ' Ann ', title: 'Buyer' }))).toBe('Ann');
    expect(personName(person({ title: 'Buyer' }))).toBe('Buyer');
    expect(personName(person())).toBe('Unnamed');
    expect(personTitleLine(person({ name: 'Ann', title: 'Buyer' }))).toBe('Buyer');
    expect(personTitleLine(person({ title: 'Buyer' }))).toBe('');
    expect(personWithTitle(person({ name: 'Ann', title: 'Buyer' }))).toBe('Ann (Buyer)');
    expect(personWithTitle(person({ title: 'Buyer' }))).toBe('Buyer');
  });
});

describe('the key account manager', () => {
  it('may sit on the supplier side only, and the map checker says why in the same words', () => {
    const kam = person({ isKeyAccountManager: true });
    expect(maySitOn(kam, 'supplier')).toBe(true);
    expect(maySitOn(kam, 'customer')).toBe(false);
    expect(maySitOn(person(), 'customer')).toBe(true);
    expect(() => validateContactMap({ people: [{ ...kam, side: 'customer' }], links: [] })).toThrow(
      KAM_SIDE_RULE,
    );
  });
});

describe('tidying what is saved', () => {
  it('trims text and drops optional fields that say nothing, keeping every other field', () => {
    expect(
      tidyPerson({
        side: 'customer',
        level: 'board',
        department: ' Finance ',
        name: '  ',
        title: ' CFO ',
        isKeyAccountManager: false,
      }),
    ).toEqual({ side: 'customer', level: 'board', department: 'Finance', title: 'CFO' });
  });

  it('keeps a field it has never heard of rather than silently dropping it', () => {
    const withNew = { ...person(), note: 'met at the fair' } as Person & { note: string };
    expect(tidyPerson(withNew)).toMatchObject({ note: 'met at the fair' });
  });

  it('treats an unset flag and an absent one as the same person, and any other change as different', () => {
    expect(samePerson(person({ isKeyAccountManager: false }), person())).toBe(true);
    expect(samePerson(person({ name: '' }), person())).toBe(true);
    expect(samePerson(person({ title: 'Buyer' }), person())).toBe(false);
    expect(samePerson(person({ department: '' }), person())).toBe(false);
  });

  it('leaves out a link’s default strength and reciprocation', () => {
    expect(tidyLink({ id: 'l', from: 'a', to: 'b', strength: 2, reciprocated: true })).toEqual({
      id: 'l',
      from: 'a',
      to: 'b',
    });
    expect(tidyLink({ id: 'l', from: 'a', to: 'b', strength: 3, reciprocated: false })).toEqual({
      id: 'l',
      from: 'a',
      to: 'b',
      strength: 3,
      reciprocated: false,
    });
  });
});
