import { z } from 'zod';
import { Id, IsoDate, Name, Timestamp } from './common';

/** Facilitated: a trainer leads a room. Self-study: one learner on their own. */
export const WorkshopMode = z.enum(['facilitated', 'self-study']);
export type WorkshopMode = z.infer<typeof WorkshopMode>;

/** What a user types to create a workshop. */
export const WorkshopFields = z.strictObject({
  title: Name.max(200, 'Keep the title under 200 characters'),
  date: IsoDate,
  facilitator: z.string().trim().max(120, 'Keep it under 120 characters'),
  client: z.string().trim().max(120, 'Keep it under 120 characters'),
  mode: WorkshopMode,
});
export type WorkshopFields = z.infer<typeof WorkshopFields>;

export const Workshop = WorkshopFields.extend({
  id: Id,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Workshop = z.infer<typeof Workshop>;

/** A workshop as listed on the home screen. */
export const WorkshopSummary = Workshop.extend({
  participantCount: z.int().min(0),
  accountCount: z.int().min(0),
});
export type WorkshopSummary = z.infer<typeof WorkshopSummary>;

/** A key account (key customer) a participant works on. */
export const Account = z.strictObject({ id: Id, participantId: Id, name: Name });
export type Account = z.infer<typeof Account>;

export const Participant = z.strictObject({
  id: Id,
  workshopId: Id,
  name: Name,
  accounts: z.array(Account),
});
export type Participant = z.infer<typeof Participant>;

/** A workshop with everyone in it, as the workshop screen shows it. */
export const WorkshopDetail = z.strictObject({
  workshop: Workshop,
  participants: z.array(Participant),
});
export type WorkshopDetail = z.infer<typeof WorkshopDetail>;
