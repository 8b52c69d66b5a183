import type { Participant } from '../../shared/schemas/workshop';

/** "A" … "Z", then "AA", "AB" …: labels that never run out. */
function letterLabel(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : `${letterLabel(Math.floor(index / 26) - 1)}${letter}`;
}

/** How the projector names people and accounts: their names, or neutral labels. */
export interface NameLabels {
  participant(id: string): string;
  account(id: string): string;
}

/**
 * Names for the presenter: with `hide` on, "Participant 1" and "Account A" in workshop
 * order, so a confidential client's name never reaches the projector.
 */
export function nameLabels(participants: readonly Participant[], hide: boolean): NameLabels {
  const people = new Map<string, string>();
  const accounts = new Map<string, string>();
  participants.forEach((participant, i) => {
    people.set(participant.id, hide ? `Participant ${i + 1}` : participant.name);
    for (const account of participant.accounts) {
      accounts.set(account.id, hide ? `Account ${letterLabel(accounts.size)}` : account.name);
    }
  });
  return {
    participant: (id) => people.get(id) ?? 'Participant',
    account: (id) => accounts.get(id) ?? 'Account',
  };
}
