import { describe, expect, it } from 'vitest';
import { checkWorkshopFile, describeProblem } from '../../../shared/workshop-file/validate';
import type { WorkshopFile } from '../../../shared/workshop-file/schema';
import { sampleFile } from './support/sample-file';

/** The sample file with lists A and B and a top three (C) that refer to each other. */
function fileWithTopThree(): WorkshopFile {
  const file = sampleFile();
  const participant = file.participants[0]!;
  participant.answers.A = {
    items: [
      { id: 'a1', text: 'Reliable delivery' },
      { id: 'a2', text: 'Innovation' },
    ],
    matches: [{ itemId: 'a2', modelId: 'a-innovation' }],
  };
  participant.answers.B = { items: [{ id: 'b1', text: 'Volume' }], matches: [] };
  participant.answers.E = {
    positives: [{ id: 'e1', text: 'Simple' }],
    negatives: [{ id: 'e2', text: 'Fragile' }],
    suitable: 'no',
    reason: '',
    matches: [{ itemId: 'e2', modelId: 'e-fragile' }],
  };
  participant.accounts[0]!.answers.C = {
    customer: [
      { id: 'c1', text: 'Reliable delivery', sourceItemId: 'a1' },
      { id: 'c2', text: 'Lower prices', sourceItemId: null },
    ],
    supplier: [{ id: 's1', text: 'Volume', sourceItemId: 'b1' }],
    links: [{ customerId: 'c1', supplierId: 's1' }],
    reflection: '',
  };
  return file;
}

function problemOf(file: WorkshopFile): string {
  const check = checkWorkshopFile(file);
  if (check.ok) throw new Error('Expected the file to be refused');
  return describeProblem(check.problem);
}

const C = 'participants[0].accounts[0].answers.C';

describe('references inside the answers of a workshop file', () => {
  it('accepts lists, matches and a top three that refer to what is there', () => {
    expect(checkWorkshopFile(fileWithTopThree()).ok).toBe(true);
  });

  it('refuses a link from a customer pick that is not in the top three', () => {
    const file = fileWithTopThree();
    file.participants[0]!.accounts[0]!.answers.C!.links[0]!.customerId = 'c9';
    expect(problemOf(file)).toBe(`${C}.links[0].customerId: no customer pick "c9"`);
  });

  it('refuses a link to a supplier pick that is on the customer side', () => {
    const file = fileWithTopThree();
    file.participants[0]!.accounts[0]!.answers.C!.links[0]!.supplierId = 'c2';
    expect(problemOf(file)).toBe(`${C}.links[0].supplierId: no supplier pick "c2"`);
  });

  it('refuses a pick id used twice in a top three', () => {
    const file = fileWithTopThree();
    file.participants[0]!.accounts[0]!.answers.C!.supplier[0]!.id = 'c1';
    expect(problemOf(file)).toBe(
      `${C}.supplier[0].id: duplicate id "c1"; customer[0].id has it already`,
    );
  });

  it('refuses a match of an item that is not in the list', () => {
    const file = fileWithTopThree();
    file.participants[0]!.answers.A!.matches[0]!.itemId = 'a9';
    expect(problemOf(file)).toBe(
      'participants[0].answers.A.matches[0].itemId: no item "a9" in this list',
    );
  });

  it('refuses a match in E of an item that is in neither of its lists', () => {
    const file = fileWithTopThree();
    file.participants[0]!.answers.E!.matches[0]!.itemId = 'a1';
    expect(problemOf(file)).toBe(
      'participants[0].answers.E.matches[0].itemId: no item "a1" in this list',
    );
  });

  it('keeps a pick whose A or B item was deleted since, as the app leaves it, without the broken reference', () => {
    const file = fileWithTopThree();
    // The learner picked a1 into the top three, then deleted it from list A.
    file.participants[0]!.answers.A!.items.shift();
    file.participants[0]!.accounts[0]!.answers.C!.supplier[0]!.sourceItemId = 'a2';
    const check = checkWorkshopFile(file);
    if (!check.ok) throw new Error(describeProblem(check.problem));
    const c = check.file.participants[0]!.accounts[0]!.answers.C!;
    expect(c.customer[0]).toEqual({ id: 'c1', text: 'Reliable delivery', sourceItemId: null });
    // A supplier pick comes from list B: an id from list A is no source of it.
    expect(c.supplier[0]).toEqual({ id: 's1', text: 'Volume', sourceItemId: null });
    expect(c.customer[1]).toEqual({ id: 'c2', text: 'Lower prices', sourceItemId: null });
  });
});
