/**
 * Learners' event streams: the session as it changes (steps, timers, reveals), their own
 * details and their own answers saved elsewhere. Each change is built and serialised once for
 * the whole room; nothing about another learner is ever written to a stream.
 */
import type { ServerResponse } from 'node:http';
import type { ServerEvent } from '../../../shared/api/events';
import type { LearnerEvent } from '../../../shared/room/learner-api';
import type { Api } from '../../api/create-api';
import { participantOf, sessionFor } from './learner-commands';
import type { Learner } from './learners';

/** Keeps phones' and proxies' idle timers from dropping a quiet stream, and finds dead ones. */
const HEARTBEAT_MS = 15_000;

const frame = (event: LearnerEvent) => `data: ${JSON.stringify(event)}\n\n`;

/** What the streams need of their room. */
export interface StreamsRoom {
  workshopId: string;
  selfPaced(): boolean;
  /** A learner's page connected or went away: the console shows who is connected now. */
  connectionsChanged(): void;
  /** A participant is no longer on the workshop's list: their tokens end. */
  forget(participantId: string): void;
}

export class LearnerStreams {
  private readonly open = new Map<ServerResponse, Learner>();
  private readonly heartbeat: ReturnType<typeof setInterval>;

  constructor(
    private readonly api: Api,
    private readonly room: StreamsRoom,
  ) {
    this.heartbeat = setInterval(() => {
      for (const response of this.open.keys()) response.write(': heartbeat\n\n');
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Turns a response into the learner's event stream, starting with where things stand. */
  attach(learner: Learner, response: ServerResponse): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store, no-transform',
      'X-Accel-Buffering': 'no',
      'X-Content-Type-Options': 'nosniff',
    });
    response.flushHeaders();
    this.open.set(response, learner);
    learner.streams += 1;
    response.on('close', () => {
      if (!this.open.delete(response)) return;
      learner.streams -= 1;
      this.room.connectionsChanged();
    });
    this.room.connectionsChanged();
    // A page coming back after a drop catches up at once with what it missed.
    response.write(frame({ type: 'session', session: this.session() }));
  }

  /** Passes on what a learner should hear of an event of the app's api. */
  handle(event: ServerEvent): void {
    if (!('workshopId' in event) || event.workshopId !== this.room.workshopId) {
      return;
    }
    switch (event.type) {
      case 'facilitation-changed':
      case 'content-changed':
        return this.sendSession();
      case 'workshop-changed':
        return this.sendParticipants();
      case 'answer-saved':
        return this.sendTo(event.participantId, {
          type: 'answer-saved',
          exercise: event.exercise,
          accountId: event.accountId,
          revision: event.revision,
        });
      case 'scorings-changed':
        return this.sendScorings(event.accountId);
      default:
        return;
    }
  }

  /** The session, sent to every stream alike: built and serialised once. */
  sendSession(): void {
    if (this.open.size === 0) return;
    const text = frame({ type: 'session', session: this.session() });
    for (const response of this.open.keys()) response.write(text);
  }

  /** Tells every page the room has closed, and ends the streams. */
  closeAll(): void {
    clearInterval(this.heartbeat);
    const text = frame({ type: 'closed' });
    for (const response of this.open.keys()) response.end(text);
    this.open.clear();
  }

  private session() {
    return sessionFor(this.api, this.room.workshopId, this.room.selfPaced());
  }

  private sendTo(participantId: string, event: LearnerEvent): void {
    const text = frame(event);
    for (const [response, learner] of this.open) {
      if (learner.participantId === participantId) response.write(text);
    }
  }

  /** Each connected learner's own details again (a rename, an account added); removed ones end. */
  private sendParticipants(): void {
    const learners = new Map([...this.open.values()].map((l) => [l.participantId, l]));
    for (const [participantId, learner] of learners) {
      try {
        this.sendTo(participantId, { type: 'me', me: participantOf(this.api, learner) });
      } catch {
        this.end(participantId);
      }
    }
  }

  private sendScorings(accountId: string): void {
    for (const [participantId, learner] of new Map(
      [...this.open.values()].map((l) => [l.participantId, l]),
    )) {
      try {
        if (participantOf(this.api, learner).accounts.some((a) => a.id === accountId))
          this.sendTo(participantId, { type: 'scorings-changed', accountId });
      } catch {
        this.end(participantId);
      }
    }
  }

  private end(participantId: string): void {
    const text = frame({ type: 'closed' });
    for (const [response, learner] of this.open) {
      if (learner.participantId === participantId) response.end(text);
    }
    this.room.forget(participantId);
  }
}
