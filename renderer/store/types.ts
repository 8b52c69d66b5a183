import type { ApiError, Result } from '../../shared/api/errors';
import type { ServerEvent } from '../../shared/api/events';
import type {
  Workshop,
  WorkshopDetail,
  WorkshopFields,
  WorkshopSummary,
} from '../../shared/schemas/workshop';
import type { AnswersActions, AnswersState } from './answers-slice';
import type { FacilitationActions, FacilitationSliceState } from './facilitation-slice';
import type { Route } from './routes';
import type { ScoringsActions, ScoringsState } from './scorings-slice';
import type { BackupsActions, BackupsState } from '../backups/backups-slice';
import type { ImportActions, ImportState } from '../workshop-file/import-slice';

/** Where a piece of server data stands. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** The home screen's list of workshops. */
export interface WorkshopsState {
  workshops: WorkshopSummary[];
  workshopsStatus: LoadStatus;
  workshopsError: ApiError | null;
}

export interface WorkshopsActions {
  /** Fetches the list; `quiet` keeps what is shown while refreshing after an event. */
  loadWorkshops(options?: { quiet?: boolean }): Promise<void>;
  createWorkshop(fields: WorkshopFields): Promise<Result<Workshop>>;
  renameWorkshop(id: string, title: string): Promise<Result<Workshop>>;
  deleteWorkshop(id: string): Promise<Result<{ id: string }>>;
}

/** The workshop open on the workshop screen. */
export interface CurrentWorkshopState {
  currentId: string | null;
  current: WorkshopDetail | null;
  currentStatus: LoadStatus;
  currentError: ApiError | null;
}

export interface CurrentWorkshopActions {
  loadCurrent(id: string, options?: { quiet?: boolean }): Promise<void>;
  addParticipant(name: string): Promise<Result<WorkshopDetail>>;
  renameParticipant(id: string, name: string): Promise<Result<WorkshopDetail>>;
  removeParticipant(id: string): Promise<Result<WorkshopDetail>>;
  addAccount(participantId: string, name: string): Promise<Result<WorkshopDetail>>;
  renameAccount(id: string, name: string): Promise<Result<WorkshopDetail>>;
  removeAccount(id: string): Promise<Result<WorkshopDetail>>;
}

/** Which screen is shown, mirrored in the address bar. */
export interface RouteState {
  route: Route;
}

export interface RouteActions {
  navigate(route: Route, options?: { replace?: boolean }): void;
  /** Reads the route from the address bar (at start and on back/forward). */
  syncRoute(): void;
}

/** A short message for the live region: saves and errors. */
export interface Notice {
  id: number;
  text: string;
  tone: 'success' | 'error';
}

export interface NoticeState {
  notice: Notice | null;
}

export interface NoticeActions {
  announce(text: string, tone?: Notice['tone']): void;
  dismissNotice(): void;
}

/** Reactions that span slices. */
export interface SyncActions {
  handleServerEvent(event: ServerEvent): void;
}

export type AppState = WorkshopsState &
  CurrentWorkshopState &
  RouteState &
  NoticeState &
  AnswersState &
  FacilitationSliceState &
  ScoringsState &
  ImportState &
  BackupsState;
export type AppActions = WorkshopsActions &
  CurrentWorkshopActions &
  RouteActions &
  NoticeActions &
  AnswersActions &
  FacilitationActions &
  ScoringsActions &
  ImportActions &
  BackupsActions &
  SyncActions;
/** The whole store: every slice's state and actions. */
export type AppStore = AppState & AppActions;
