/** Checking a contact map that comes from outside: its shape (zod), then its graph rules. */
import { z } from 'zod';
import { KAM_SIDE_RULE, Link, maySitOn, Person, type ContactMap } from './contact-map-model';

const PersonSchema = z.object({
  ...Person.shape,
  id: z.string().min(1, 'an id must not be empty'),
  department: Person.shape.department.refine(
    (s) => s.trim() !== '',
    'a department must not be empty',
  ),
});

const LinkSchema = z.object({
  ...Link.shape,
  id: z.string().min(1, 'an id must not be empty'),
  from: z.string().min(1, 'a link must start at a person'),
  to: z.string().min(1, 'a link must end at a person'),
});

/**
 * The shape of a contact map from outside: the model's shapes with any non-empty id, and a
 * department required. Unknown keys are dropped; defaults are not filled in.
 */
export const ContactMapSchema = z.object({
  people: z.array(PersonSchema),
  links: z.array(LinkSchema),
});

/** A map that breaks a rule; `path` names the item, e.g. `links[5].to`. */
export class ContactMapError extends Error {
  readonly path: string;
  constructor(path: string, problem: string) {
    super(`${path}: ${problem}`);
    this.name = 'ContactMapError';
    this.path = path;
  }
}

/** `['people', 0, 'level']` → `people[0].level`. */
function pathText(path: ReadonlyArray<PropertyKey>): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text === '' ? 'map' : text;
}

/**
 * Checks an unknown value is a contact map: the shape, then that every link joins two different
 * people who exist, ids are unique, and there is at most one key account manager, on the
 * supplier side. Throws a ContactMapError naming the first item at fault; returns the map as
 * given (defaults are not applied, unknown keys dropped).
 */
export function validateContactMap(map: unknown): ContactMap {
  const parsed = ContactMapSchema.safeParse(map);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ContactMapError(pathText(issue?.path ?? []), issue?.message ?? 'not a contact map');
  }
  const { people, links } = parsed.data;

  const personAt = new Map<string, number>();
  let kamAt = -1;
  people.forEach((person, i) => {
    const first = personAt.get(person.id);
    if (first !== undefined) {
      throw new ContactMapError(
        `people[${i}].id`,
        `duplicate person id "${person.id}"; people[${first}] has it already`,
      );
    }
    personAt.set(person.id, i);
    if (person.isKeyAccountManager !== true) return;
    if (!maySitOn(person, person.side)) {
      throw new ContactMapError(`people[${i}].isKeyAccountManager`, KAM_SIDE_RULE);
    }
    if (kamAt >= 0) {
      throw new ContactMapError(
        `people[${i}].isKeyAccountManager`,
        `only one key account manager is allowed; people[${kamAt}] is already one`,
      );
    }
    kamAt = i;
  });

  const linkAt = new Map<string, number>();
  links.forEach((link, i) => {
    const first = linkAt.get(link.id);
    if (first !== undefined) {
      throw new ContactMapError(
        `links[${i}].id`,
        `duplicate link id "${link.id}"; links[${first}] has it already`,
      );
    }
    linkAt.set(link.id, i);
    for (const end of ['from', 'to'] as const) {
      if (!personAt.has(link[end])) {
        throw new ContactMapError(`links[${i}].${end}`, `no person "${link[end]}"`);
      }
    }
    if (link.from === link.to) {
      throw new ContactMapError(`links[${i}].to`, `a link cannot join "${link.from}" to itself`);
    }
  });
  return parsed.data;
}
