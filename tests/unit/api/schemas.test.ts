import { describe, expect, it } from 'vitest';
import { answerSchemaOf } from '../../../shared/exercises/answers';
import { FacilitationState } from '../../../shared/schemas/facilitation';
import { Id } from '../../../shared/schemas/common';
import { WorkshopFields } from '../../../shared/schemas/workshop';

const fields = {
  title: 'Spring class',
  date: '2026-03-01',
  facilitator: 'Ann',
  client: 'Acme',
  mode: 'facilitated',
};

describe('workshop fields', () => {
  it('accepts a complete workshop and trims what the user typed', () => {
    expect(WorkshopFields.parse({ ...fields, title: '  Spring class  ' }).title).toBe(
      'Spring class',
    );
  });

  it('refuses an empty title with a message a user can act on', () => {
    const parsed = WorkshopFields.safeParse({ ...fields, title: '   ' });
    expect(parsed.error?.issues[0]?.message).toBe('Please enter a name');
  });

  it.each([
    ['a zero-width space', '\u200B'],
    ['a NUL character', '\u0000'],
    ['joiners and a word joiner', '\u200C\u200D\u2060 \uFEFF'],
    ['a soft hyphen', '\u00AD'],
  ])('refuses a title of only invisible characters (%s)', (_what, title) => {
    const parsed = WorkshopFields.safeParse({ ...fields, title });
    expect(parsed.error?.issues[0]?.message).toBe('Please enter a name');
  });

  it('refuses control characters inside a name, and keeps names in any script', () => {
    expect(WorkshopFields.safeParse({ ...fields, title: 'Spring\u0000class' }).success).toBe(false);
    expect(WorkshopFields.safeParse({ ...fields, title: 'Spring\tclass' }).success).toBe(false);
    for (const title of ['Весна', '春季课程', 'Ü', '★', '1', 'Ann & Bob — Q3']) {
      expect(WorkshopFields.safeParse({ ...fields, title }).success, title).toBe(true);
    }
  });

  it('refuses a date that does not exist', () => {
    expect(WorkshopFields.safeParse({ ...fields, date: '2026-02-30' }).success).toBe(false);
    expect(WorkshopFields.safeParse({ ...fields, date: '1/3/2026' }).success).toBe(false);
  });

  it('refuses unknown keys, including prototype-pollution keys', () => {
    expect(
      WorkshopFields.safeParse(
        JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(fields).slice(1)}`),
      ).success,
    ).toBe(false);
  });

  it('refuses an unknown mode', () => {
    expect(WorkshopFields.safeParse({ ...fields, mode: 'webinar' }).success).toBe(false);
  });
});

describe('answer payloads', () => {
  it('keeps six stage scores, unanswered ones as null', () => {
    expect(answerSchemaOf('D').safeParse({ scores: [3, 2, null, 0, 1, null] }).success).toBe(true);
    expect(answerSchemaOf('D').safeParse({ scores: [3, 2, 1] }).success).toBe(false);
    expect(answerSchemaOf('D').safeParse({ scores: [4, 2, 1, 0, 0, 0] }).success).toBe(false);
  });

  it('accepts an empty list answer and refuses items without text', () => {
    expect(answerSchemaOf('A').safeParse({ items: [], matches: [] }).success).toBe(true);
    expect(answerSchemaOf('A').safeParse({ items: [{ id: 'i1' }], matches: [] }).success).toBe(
      false,
    );
  });
});

describe('facilitation state', () => {
  it('starts at the first step with nothing revealed, no timers and no changes counted', () => {
    expect(FacilitationState.parse({})).toEqual({
      stepIndex: 0,
      revealed: [],
      timers: {},
      blackScreen: false,
      hideNames: false,
      chimeMuted: false,
      autoStartTimer: false,
      revision: 0,
    });
  });
});

describe('ids', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    'refuses "%s", a name every plain object already has, saying why',
    (id) => {
      const parsed = Id.safeParse(id);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/reserved/);
    },
  );

  it('accepts ids that only resemble those names', () => {
    for (const id of ['proto', '__proto', 'Constructor', 'to-string', 'w1', 'p-7f3a']) {
      expect(Id.safeParse(id).success, id).toBe(true);
    }
  });
});
