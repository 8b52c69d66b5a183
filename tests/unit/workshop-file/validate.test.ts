import { describe, expect, it } from 'vitest';
import { checkWorkshopFile, describeProblem } from '../../../shared/workshop-file/validate';
import { isWorkshopFileName, workshopFileName } from '../../../shared/workshop-file/format';
import { sampleFile, sampleMap } from './support/sample-file';

/** The one-line error a user would see for a file. */
function problemOf(value: unknown): string {
  const check = checkWorkshopFile(value);
  if (check.ok) throw new Error('Expected the file to be refused');
  return describeProblem(check.problem);
}

describe('checkWorkshopFile', () => {
  it('accepts a valid file as it is', () => {
    const check = checkWorkshopFile(sampleFile());
    expect(check.ok && check.file.participants[0]?.accounts[0]?.answers.G?.links).toHaveLength(1);
  });

  it('names the link whose end is nobody on the map', () => {
    const file = sampleFile();
    sampleMap(file).links[0]!.to = 'p9';
    expect(problemOf(file)).toBe(
      'participants[0].accounts[0].answers.G.links[0].to: no person "p9"',
    );
  });

  it('refuses a file from a newer version and says to update the app, before judging its shape', () => {
    const check = checkWorkshopFile({ format: 'kam-workshop', version: 3, whatever: true });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.newerVersion).toBe(true);
    expect(check.problem.path).toBe('version');
    expect(check.problem.message).toMatch(/update the app/);
  });

  it('refuses a version no app ever wrote, naming the version', () => {
    for (const version of [0, -1, 1.5, '2', null]) {
      const message = problemOf({ ...sampleFile(), version });
      expect(message).toContain(`version ${JSON.stringify(version)}`);
      expect(message).toMatch(/^version: .*reads file versions 1 to 2/);
    }
    expect(problemOf({ format: 'kam-workshop' })).toMatch(/^version: .*version missing/);
  });

  it('reads a version-1 file, whose map sits beside the answers, as version 2', () => {
    const { participants, ...rest } = sampleFile();
    const [participant] = participants;
    const { answers, ...account } = participant!.accounts[0]!;
    const v1 = {
      ...rest,
      version: 1,
      participants: [{ ...participant, accounts: [{ ...account, answers: {}, map: answers.G }] }],
    };
    const check = checkWorkshopFile(v1);
    expect(check.ok && check.file).toEqual(sampleFile());
  });

  it('names a problem in a version-1 file where it is in that file', () => {
    const { participants, ...rest } = sampleFile();
    const account = participants[0]!.accounts[0]!;
    const map = { ...account.answers.G!, links: [{ id: 'l1', from: 'p1', to: 'p9' }] };
    const v1 = {
      ...rest,
      version: 1,
      participants: [{ ...participants[0], accounts: [{ ...account, answers: {}, map }] }],
    };
    expect(problemOf(v1)).toBe('participants[0].accounts[0].map.links[0].to: no person "p9"');
  });

  it('refuses JSON that is not a workshop file', () => {
    expect(problemOf([1, 2])).toMatch(/^format: This is not a KAM workshop file/);
    expect(problemOf({ format: 'other', version: 1 })).toMatch(/^format:/);
  });

  it('names a value of the wrong type', () => {
    const file = sampleFile() as unknown as { participants: Array<{ name: unknown }> };
    file.participants[0]!.name = 42;
    expect(problemOf(file)).toMatch(/^participants\[0\]\.name: /);
  });

  it('names a missing field', () => {
    const file = sampleFile() as unknown as {
      participants: Array<{ accounts: Array<Record<string, unknown>> }>;
    };
    delete file.participants[0]!.accounts[0]!.scorings;
    expect(problemOf(file)).toMatch(/^participants\[0\]\.accounts\[0\]\.scorings: /);
  });

  it('refuses an id used twice anywhere in the file', () => {
    const file = sampleFile();
    file.participants[0]!.accounts[0]!.id = 'p1';
    expect(problemOf(file)).toBe(
      'participants[0].accounts[0].id: duplicate id "p1"; participants[0].id has it already',
    );
  });

  it('refuses a scoring whose total or stage does not follow from its scores', () => {
    const file = sampleFile();
    file.participants[0]!.accounts[0]!.scorings[0]!.total = 7;
    expect(problemOf(file)).toBe(
      'participants[0].accounts[0].scorings[0].total: the scores add up to 6, not 7',
    );
    const other = sampleFile();
    other.participants[0]!.accounts[0]!.scorings[0]!.stage = 'integrated';
    expect(problemOf(other)).toMatch(/scorings\[0\]\.stage: a total of 6 is the basic stage/);
  });

  it('accepts a person on the map whose department is still empty, as the app allows', () => {
    const file = sampleFile();
    sampleMap(file).people[0]!.department = '';
    expect(checkWorkshopFile(file).ok).toBe(true);
  });

  it('refuses a second key account manager on a map', () => {
    const file = sampleFile();
    for (const person of sampleMap(file).people) {
      person.side = 'supplier';
      person.isKeyAccountManager = true;
    }
    expect(problemOf(file)).toMatch(
      /^participants\[0\]\.accounts\[0\]\.answers\.G\.people\[1\]\.isKeyAccountManager: only one/,
    );
  });
});

describe('workshop file names', () => {
  it('makes a safe file name from a title, with the one-part extension', () => {
    expect(workshopFileName('Spring / class: “Acme”')).toBe('Spring-class-Acme.kamworkshop');
    expect(workshopFileName('???')).toBe('workshop.kamworkshop');
  });

  it('knows files saved with the old two-part extension as workshop files too', () => {
    expect(isWorkshopFileName('Spring.kamworkshop')).toBe(true);
    expect(isWorkshopFileName('Spring.KAMWORKSHOP.JSON')).toBe(true);
    expect(isWorkshopFileName('Spring.json')).toBe(false);
    expect(isWorkshopFileName('Spring.kamworkshop.bak')).toBe(false);
  });
});
