import type { RoomAddress, RoomSettings, RoomStatus } from '../../../shared/api/commands/room';
import type { Result } from '../../../shared/api/errors';
import type { ExerciseLetter } from '../../../shared/exercises/letters';
import type { RoomResults } from '../../../shared/kinds/room-results';
import type { NoticeActions } from './notice-slice';
import { withEntry, type Slice } from './slice';

/** The room's results are fetched again at most this often while answers pour in. */
export const RESULTS_REFRESH_MS = 700;

export interface RoomState {
  /** Each workshop's room as the host last told us, by workshop id. */
  rooms: ReadonlyMap<string, RoomStatus>;
  /** Where the room can listen, once asked. */
  roomAddresses: { addresses: RoomAddress[]; defaultPort: number } | null;
  /** The room's results by `workshopId|letter`, once asked. */
  roomResults: ReadonlyMap<string, RoomResults>;
}

export interface RoomActions {
  loadRoom(workshopId: string): Promise<void>;
  loadRoomAddresses(): Promise<void>;
  /** Opens the room; without a port, on the usual one (or any free one if it is taken). */
  openRoom(workshopId: string, address: string, port?: number): Promise<Result<RoomStatus>>;
  closeRoom(workshopId: string): Promise<Result<RoomStatus>>;
  updateRoom(workshopId: string, settings: Partial<RoomSettings>): Promise<void>;
  receiveRoom(status: RoomStatus): void;
  loadRoomResults(workshopId: string, exercise: ExerciseLetter): Promise<void>;
  /**
   * An answer to the exercise changed (or, with no exercise, a scoring of the workshop): the
   * results shown are fetched again, soon, once.
   */
  roomAnswersChanged(workshopId: string, exercise?: ExerciseLetter): void;
}

export type RoomSlice = RoomState & RoomActions;

/** The store key of an exercise's results in a workshop. */
export function resultsKey(workshopId: string, exercise: ExerciseLetter): string {
  return `${workshopId}|${exercise}`;
}

/** The room as the trainer's windows see it: open or closed, who joined, and live results. */
export const createRoomSlice: Slice<RoomSlice, NoticeActions> = ({ set, get, api }) => {
  const refreshing = new Map<string, ReturnType<typeof setTimeout>>();

  const take = (result: Result<RoomStatus>) => {
    if (result.ok) get().receiveRoom(result.value);
    else get().announce(result.error.message, 'error');
    return result;
  };

  return {
    rooms: new Map(),
    roomAddresses: null,
    roomResults: new Map(),

    async loadRoom(workshopId) {
      const result = await api.call('room:status', { workshopId });
      if (result.ok) get().receiveRoom(result.value);
    },

    async loadRoomAddresses() {
      const result = await api.call('room:addresses', {});
      if (result.ok) set({ roomAddresses: result.value });
      else get().announce(result.error.message, 'error');
    },

    async openRoom(workshopId, address, port) {
      return take(
        await api.call('room:open', {
          workshopId,
          address,
          ...(port === undefined ? {} : { port }),
        }),
      );
    },

    async closeRoom(workshopId) {
      return take(await api.call('room:close', { workshopId }));
    },

    async updateRoom(workshopId, settings) {
      // Switches answer the click at once; the host's reply and broadcast confirm it.
      const held = get().rooms.get(workshopId);
      if (held) get().receiveRoom({ ...held, settings: { ...held.settings, ...settings } });
      take(await api.call('room:update', { workshopId, settings }));
    },

    receiveRoom(status) {
      set({ rooms: withEntry(get().rooms, status.workshopId, status) });
    },

    async loadRoomResults(workshopId, exercise) {
      const result = await api.call('room:results', { workshopId, exercise });
      if (result.ok)
        set({
          roomResults: withEntry(get().roomResults, resultsKey(workshopId, exercise), result.value),
        });
    },

    roomAnswersChanged(workshopId, exercise) {
      for (const [key, results] of get().roomResults) {
        if (key !== resultsKey(workshopId, results.exercise)) continue;
        if (exercise && results.exercise !== exercise) continue;
        if (refreshing.has(key)) continue;
        refreshing.set(
          key,
          setTimeout(() => {
            refreshing.delete(key);
            void get().loadRoomResults(workshopId, results.exercise);
          }, RESULTS_REFRESH_MS),
        );
      }
    },
  };
};
