import type {
  OpenRoom,
  RoomAddress,
  RoomSettings,
  RoomStatus,
} from '../../shared/api/commands/room';
import { defaultRoomSettings } from '../../shared/api/commands/room';
import type { Workshop } from '../../shared/schemas/workshop';
import { AppError } from '../errors/app-error';

/**
 * What the api needs of the room, which lives above it with the hosts (it is a network
 * listener): the browser host and the desktop app give their room service; an api without
 * one (tests, tools) answers that there is no room here.
 */
export interface RoomControl {
  open(workshop: Workshop, where: { address?: string; port?: number }): Promise<OpenRoom>;
  close(workshopId: string): Promise<RoomStatus>;
  status(workshopId: string): RoomStatus;
  update(workshopId: string, settings: Partial<RoomSettings>): RoomStatus;
  addresses(): Promise<{ addresses: RoomAddress[]; defaultPort: number }>;
}

const unavailable = () =>
  new AppError(
    'unavailable',
    'The room can be opened from the desktop app or the browser host only.',
  );

/** The room of an api that has none. */
export const noRoom: RoomControl = {
  open: () => Promise.reject(unavailable()),
  close: (workshopId) =>
    Promise.resolve({ open: false, workshopId, settings: defaultRoomSettings }),
  status: (workshopId) => ({ open: false, workshopId, settings: defaultRoomSettings }),
  update: () => {
    throw unavailable();
  },
  addresses: () => Promise.resolve({ addresses: [], defaultPort: 0 }),
};
