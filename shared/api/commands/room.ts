import { z } from 'zod';
import { ExerciseLetter } from '../../exercises/letters';
import { RoomResults } from '../../kinds/room-results';
import { Id, Timestamp } from '../../schemas/common';

/** What the projector shows of the room besides the session's step. */
export const RoomProjector = z.enum(['step', 'join', 'results']);
export type RoomProjector = z.infer<typeof RoomProjector>;

/** The longest Wi-Fi name or password the join slide shows (a Wi-Fi name is at most 32 bytes). */
export const MAX_WIFI_CHARS = 64;

/** How the trainer runs the room: what the join slide says, what learners may do, what is projected. */
export const RoomSettings = z.strictObject({
  wifiName: z.string().trim().max(MAX_WIFI_CHARS),
  wifiPassword: z.string().trim().max(MAX_WIFI_CHARS),
  /** Learners may add their name when it is not on the workshop's list. */
  allowNewNames: z.boolean(),
  /** Learners may move through the steps on their own instead of following the trainer. */
  selfPaced: z.boolean(),
  projector: RoomProjector,
  /** Results on the projector name who answered; off unless the trainer turns it on. */
  namesOnProjector: z.boolean(),
});
export type RoomSettings = z.infer<typeof RoomSettings>;

export const defaultRoomSettings: RoomSettings = {
  wifiName: '',
  wifiPassword: '',
  allowNewNames: false,
  selfPaced: false,
  projector: 'step',
  namesOnProjector: false,
};

/** A learner's device in the room. */
export const RoomLearner = z.strictObject({
  participantId: Id,
  name: z.string(),
  /** What the device is, from its browser: "iPhone", "Windows laptop" … */
  device: z.string(),
  /** Whether its page is listening now (a sleeping phone is not). */
  connected: z.boolean(),
  joinedAt: Timestamp,
});
export type RoomLearner = z.infer<typeof RoomLearner>;

/** A workshop's room: closed, or open with its address, code and who joined. */
export const RoomStatus = z.discriminatedUnion('open', [
  z.strictObject({ open: z.literal(false), workshopId: Id, settings: RoomSettings }),
  z.strictObject({
    open: z.literal(true),
    workshopId: Id,
    settings: RoomSettings,
    /** What the QR code carries: the page's address with the code, so scanning needs no typing. */
    joinUrl: z.string(),
    /** The address typed out on the join slide, without the code. */
    address: z.string(),
    port: z.int().min(1).max(65535),
    code: z.string(),
    openedAt: Timestamp,
    learners: z.array(RoomLearner),
  }),
]);
export type RoomStatus = z.infer<typeof RoomStatus>;
export type OpenRoom = Extract<RoomStatus, { open: true }>;

/** An address of this computer the room can listen on. */
export const RoomAddress = z.strictObject({
  address: z.ipv4(),
  /** The network adapter's name, as the system calls it. */
  adapter: z.string(),
  /** The one the app would choose: the usable address on the adapter with the default route. */
  recommended: z.boolean(),
  /** 127.0.0.1: reachable from this computer only, for trying the room out. */
  thisComputerOnly: z.boolean(),
});
export type RoomAddress = z.infer<typeof RoomAddress>;

const ByWorkshop = z.strictObject({ workshopId: Id });

export const roomCommands = {
  /** Starts listening on the room's network; `port` 0 picks a free one. */
  'room:open': {
    input: z.strictObject({
      workshopId: Id,
      address: z.ipv4().optional(),
      port: z.int().min(0).max(65535).optional(),
    }),
    output: RoomStatus,
    async: true,
  },
  /** Stops listening and ends every learner's session. */
  'room:close': { input: ByWorkshop, output: RoomStatus, async: true },
  'room:status': { input: ByWorkshop, output: RoomStatus },
  'room:update': {
    input: z.strictObject({ workshopId: Id, settings: RoomSettings.partial() }),
    output: RoomStatus,
  },
  /** The addresses the room can listen on, the recommended one first, and the usual port. */
  'room:addresses': {
    input: z.strictObject({}),
    output: z.strictObject({ addresses: z.array(RoomAddress), defaultPort: z.int() }),
    async: true,
  },
  /** The room's answers to an exercise, aggregated: what the console and projector show. */
  'room:results': {
    input: z.strictObject({ workshopId: Id, exercise: ExerciseLetter }),
    output: RoomResults,
  },
} as const;
