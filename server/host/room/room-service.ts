/**
 * The room: a listener on the local network for learners' devices, opened and closed from
 * the trainer's console. One room is open at a time; its tokens and code die with it.
 */
import { networkInterfaces } from 'node:os';
import {
  defaultRoomSettings,
  type OpenRoom,
  type RoomAddress,
  type RoomSettings,
  type RoomStatus,
} from '../../../shared/api/commands/room';
import type { ApiError, Result } from '../../../shared/api/errors';
import type { JoinRequest, Lobby } from '../../../shared/room/learner-api';
import { roomPaths } from '../../../shared/room/learner-api';
import type { Workshop, WorkshopDetail } from '../../../shared/schemas/workshop';
import { callCommand, type Api } from '../../api/create-api';
import type { RoomControl } from '../../api/room-control';
import { AppError } from '../../errors/app-error';
import { defaultRouteAdapter } from './default-route';
import { runLearnerCommand } from './learner-commands';
import { Learners, newRoomCode } from './learners';
import { LearnerStreams } from './learner-streams';
import { DEFAULT_ROOM_PORT, isOwnAddress, roomAddresses } from './network-addresses';
import { startRoomListener, type RoomListener } from './room-listener';

/** How soon the console hears of joins and connections: several at once make one update. */
const STATUS_DELAY_MS = 150;

export interface RoomServiceOptions {
  /** The built learner page: index.html and its assets. */
  pageDir: string;
  now?: () => Date;
  /** This computer's adapters; tests give their own. */
  interfaces?: () => ReturnType<typeof networkInterfaces>;
  defaultAdapter?: () => Promise<string | null>;
}

interface OpenedRoom {
  workshopId: string;
  code: string;
  address: string;
  port: number;
  openedAt: string;
  listener: RoomListener;
  learners: Learners;
  streams: LearnerStreams;
  stopListening: () => void;
}

function listenError(error: unknown, address: string, port: number): AppError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE')
    return new AppError(
      'conflict',
      `Port ${port} is in use by another program. Choose another port.`,
    );
  if (code === 'EACCES')
    return new AppError(
      'validation',
      `Port ${port} needs administrator rights. Choose one from 1024 up.`,
    );
  if (code === 'EADDRNOTAVAIL')
    return new AppError(
      'validation',
      `This computer has no address ${address} now. Choose another.`,
    );
  return new AppError('unavailable', `The room could not start listening on ${address}:${port}.`);
}

/** The room of the browser host or the desktop app, over that process's api. */
export class RoomService implements RoomControl {
  private api: Api | null = null;
  private readonly settings = new Map<string, RoomSettings>();
  private opened: OpenedRoom | null = null;
  private opening: Promise<OpenRoom> | null = null;
  private statusTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly now: () => Date;
  private readonly interfaces: () => ReturnType<typeof networkInterfaces>;
  private readonly defaultAdapter: () => Promise<string | null>;

  constructor(private readonly options: RoomServiceOptions) {
    this.now = options.now ?? (() => new Date());
    this.interfaces = options.interfaces ?? networkInterfaces;
    this.defaultAdapter = options.defaultAdapter ?? (() => defaultRouteAdapter());
  }

  /** Gives the room the api it serves learners through (the api is made with this room). */
  attach(api: Api): void {
    this.api = api;
  }

  private requireApi(): Api {
    if (!this.api) throw new AppError('unavailable', 'The room is not ready yet.');
    return this.api;
  }

  private settingsOf(workshopId: string): RoomSettings {
    return this.settings.get(workshopId) ?? defaultRoomSettings;
  }

  async addresses(): Promise<{ addresses: RoomAddress[]; defaultPort: number }> {
    const addresses = roomAddresses(this.interfaces(), await this.defaultAdapter());
    return { addresses, defaultPort: DEFAULT_ROOM_PORT };
  }

  status(workshopId: string): RoomStatus {
    const settings = this.settingsOf(workshopId);
    const room = this.opened;
    if (!room || room.workshopId !== workshopId) return { open: false, workshopId, settings };
    return this.openStatus(room);
  }

  private openStatus(room: OpenedRoom): OpenRoom {
    const detail = this.detail(room.workshopId);
    const names = new Map(detail?.participants.map((p) => [p.id, p.name]) ?? []);
    const where = `${room.address}:${room.port}`;
    return {
      open: true,
      workshopId: room.workshopId,
      settings: this.settingsOf(room.workshopId),
      joinUrl: `http://${where}${roomPaths.page}?code=${room.code}`,
      address: where,
      port: room.port,
      code: room.code,
      openedAt: room.openedAt,
      learners: room.learners.list().map((learner) => ({
        participantId: learner.participantId,
        name: names.get(learner.participantId) ?? 'Someone who left',
        device: learner.device,
        connected: learner.streams > 0,
        joinedAt: learner.joinedAt,
      })),
    };
  }

  private detail(workshopId: string): WorkshopDetail | null {
    const result = callCommand(this.requireApi(), 'workshops:get', { id: workshopId });
    return result.ok ? result.value : null;
  }

  async open(workshop: Workshop, where: { address?: string; port?: number }): Promise<OpenRoom> {
    if (this.opening) await this.opening.catch(() => undefined);
    const current = this.opened;
    if (current && current.workshopId !== workshop.id) {
      const other = this.detail(current.workshopId)?.workshop.title ?? 'another workshop';
      throw new AppError('conflict', `The room of “${other}” is open. Close it first.`);
    }
    const sameAsOpen =
      current &&
      (where.address === undefined || where.address === current.address) &&
      (where.port === undefined || where.port === 0 || where.port === current.port);
    if (current && sameAsOpen) return this.openStatus(current);
    if (current) await this.close(current.workshopId);
    this.opening = this.start(workshop, where);
    try {
      return await this.opening;
    } finally {
      this.opening = null;
    }
  }

  private async start(workshop: Workshop, where: { address?: string; port?: number }) {
    const api = this.requireApi();
    const address =
      where.address ?? (await this.addresses()).addresses.find((a) => a.recommended)?.address;
    if (!address) {
      throw new AppError(
        'unavailable',
        'This computer is not connected to a network. Join the room’s Wi-Fi, or turn on the laptop’s hotspot, and try again.',
      );
    }
    if (!isOwnAddress(address, this.interfaces()))
      throw new AppError('validation', `${address} is not an address of this computer.`);

    const learners = new Learners();
    const code = newRoomCode();
    const streams = new LearnerStreams(api, {
      workshopId: workshop.id,
      selfPaced: () => this.settingsOf(workshop.id).selfPaced,
      connectionsChanged: () => this.scheduleStatus(),
      forget: (participantId) => {
        learners.forget(participantId);
        this.scheduleStatus();
      },
    });
    const gate = {
      code: () => code,
      lobby: () => this.lobby(workshop.id),
      join: (request: JoinRequest, device: string) =>
        this.join(workshop.id, learners, request, device),
      learner: (authorization: string | undefined) => learners.fromHeader(authorization),
      run: (
        learner: Parameters<typeof runLearnerCommand>[1],
        command: string,
        input: unknown,
      ): Result<unknown> =>
        runLearnerCommand(api, learner, command, input, this.settingsOf(workshop.id).selfPaced),
      stream: streams.attach.bind(streams),
    };
    const listen = (port: number) =>
      startRoomListener({ address, port, pageDir: this.options.pageDir, gate });
    let listener: RoomListener;
    try {
      listener = await listen(where.port ?? DEFAULT_ROOM_PORT);
    } catch (error) {
      // The usual port taken (another copy of the app?): a free one will do, the QR says which.
      if (where.port !== undefined || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') {
        streams.closeAll();
        throw listenError(error, address, where.port ?? DEFAULT_ROOM_PORT);
      }
      listener = await listen(0).catch((again: unknown) => {
        streams.closeAll();
        throw listenError(again, address, 0);
      });
    }
    const stopListening = api.subscribe((event) => {
      streams.handle(event);
      if (event.type === 'workshops-changed' || event.type === 'workshop-changed') {
        if (!this.detail(workshop.id)) void this.close(workshop.id);
        else this.scheduleStatus();
      }
    });
    const opened: OpenedRoom = {
      workshopId: workshop.id,
      code,
      openedAt: this.now().toISOString(),
      learners,
      address,
      port: listener.port,
      listener,
      streams,
      stopListening,
    };
    this.opened = opened;
    this.publishStatus(workshop.id);
    return this.openStatus(opened);
  }

  private lobby(workshopId: string): Lobby {
    const detail = this.detail(workshopId);
    return {
      workshopTitle: detail?.workshop.title ?? '',
      participants: detail?.participants.map((p) => ({ id: p.id, name: p.name })) ?? [],
      allowNewNames: this.settingsOf(workshopId).allowNewNames,
    };
  }

  private join(
    workshopId: string,
    learners: Learners,
    request: JoinRequest,
    device: string,
  ): { token: string; participantId: string } | ApiError {
    const api = this.requireApi();
    const detail = this.detail(workshopId);
    if (!detail) return { code: 'not-found', message: 'This workshop no longer exists.' };
    let participantId: string | undefined;
    if ('participantId' in request) {
      participantId = detail.participants.find((p) => p.id === request.participantId)?.id;
      if (!participantId)
        return {
          code: 'not-found',
          message: 'That name is no longer on the list. Pick yours again.',
        };
    } else {
      const wanted = request.name.trim().toLocaleLowerCase();
      participantId = detail.participants.find((p) => p.name.toLocaleLowerCase() === wanted)?.id;
      if (!participantId) {
        if (!this.settingsOf(workshopId).allowNewNames)
          return {
            code: 'forbidden',
            message:
              'Your name is not on this workshop’s list. Pick it from the list, or ask the trainer to add you.',
          };
        const added = callCommand(api, 'participants:add', { workshopId, name: request.name });
        if (!added.ok) return added.error;
        participantId = added.value.participants.at(-1)?.id;
        if (!participantId)
          return { code: 'internal', message: 'You could not be added. Try again.' };
      }
    }
    const learner = learners.join(participantId, workshopId, device, this.now());
    if (!learner) return { code: 'unavailable', message: 'The room is full.' };
    this.scheduleStatus();
    return { token: learner.token, participantId };
  }

  update(workshopId: string, patch: Partial<RoomSettings>): RoomStatus {
    const before = this.settingsOf(workshopId);
    const after = { ...before, ...patch };
    this.settings.set(workshopId, after);
    if (this.opened?.workshopId === workshopId && after.selfPaced !== before.selfPaced)
      this.opened.streams.sendSession();
    this.publishStatus(workshopId);
    return this.status(workshopId);
  }

  async close(workshopId: string): Promise<RoomStatus> {
    const room = this.opened;
    if (room && room.workshopId === workshopId) {
      this.opened = null;
      room.stopListening();
      room.streams.closeAll();
      await room.listener.close();
      // What the projector showed of the room goes back to the session.
      const settings = this.settingsOf(workshopId);
      this.settings.set(workshopId, { ...settings, projector: 'step' });
      this.publishStatus(workshopId);
    }
    return this.status(workshopId);
  }

  /** Closes the room, if one is open, as the app or host shuts down. */
  async shutdown(): Promise<void> {
    clearTimeout(this.statusTimer);
    if (this.opened) await this.close(this.opened.workshopId);
  }

  private scheduleStatus(): void {
    if (this.statusTimer !== undefined) return;
    this.statusTimer = setTimeout(() => {
      this.statusTimer = undefined;
      if (this.opened) this.publishStatus(this.opened.workshopId);
    }, STATUS_DELAY_MS);
  }

  private publishStatus(workshopId: string): void {
    this.api?.publish({ type: 'room-changed', workshopId, status: this.status(workshopId) });
  }
}
