/** The learners who joined an open room: each device's token, bound to one participant. */
import { randomBytes, randomInt } from 'node:crypto';
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from '../../../shared/room/room-code';

/** One learner's device in the room. */
export interface Learner {
  token: string;
  participantId: string;
  workshopId: string;
  device: string;
  joinedAt: string;
  /** Event streams open now: a connected page has one; a sleeping phone none. */
  streams: number;
}

/** The most devices one room keeps: far above any class, low enough to bound memory. */
export const MAX_LEARNERS = 2000;

/** 256 random bits, URL-safe: never guessed, and sent only as an Authorization header. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A fresh room code from the unambiguous alphabet. */
export function newRoomCode(): string {
  return Array.from(
    { length: ROOM_CODE_LENGTH },
    () => ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)],
  ).join('');
}

const bearer = /^Bearer ([A-Za-z0-9_-]{43})$/;

/** The devices of one open room, by token. Closing the room forgets them all. */
export class Learners {
  private readonly byToken = new Map<string, Learner>();

  get size(): number {
    return this.byToken.size;
  }

  /** A new token for a participant's device; null once the room holds MAX_LEARNERS. */
  join(participantId: string, workshopId: string, device: string, at: Date): Learner | null {
    if (this.byToken.size >= MAX_LEARNERS) return null;
    const learner = {
      token: newToken(),
      participantId,
      workshopId,
      device,
      joinedAt: at.toISOString(),
      streams: 0,
    };
    this.byToken.set(learner.token, learner);
    return learner;
  }

  /** The learner an Authorization header names, or null for a missing, malformed or ended token. */
  fromHeader(authorization: string | undefined): Learner | null {
    const token = bearer.exec(authorization ?? '')?.[1];
    return token ? (this.byToken.get(token) ?? null) : null;
  }

  /** Ends the sessions of a participant who was removed from the workshop. */
  forget(participantId: string): void {
    for (const [token, learner] of this.byToken) {
      if (learner.participantId === participantId) this.byToken.delete(token);
    }
  }

  list(): Learner[] {
    return [...this.byToken.values()];
  }
}
