import type { facilitationCommands } from '../../../shared/api/commands/facilitation';
import { exerciseIn } from '../../../shared/content/resolve-content';
import { moveSession } from '../../../shared/domain/session';
import { loadWorkshopContent } from '../../services/workshop-content';
import { applyTimerAction, newTimer } from '../../../shared/domain/timer';
import type { ExerciseLetter } from '../../../shared/exercises/letters';
import type { FacilitationState, TimerState } from '../../../shared/schemas/facilitation';
import { getFacilitationState, putFacilitationState } from '../../store/repositories/facilitation';
import { getWorkshop } from '../../store/repositories/workshops';
import { notFound } from '../../errors/app-error';
import type { HandlerContext, HandlerTable } from '../context';

/** Reads the state, applies a change, saves it and tells every window. */
function changeState(
  ctx: HandlerContext,
  workshopId: string,
  change: (state: FacilitationState) => FacilitationState,
): FacilitationState {
  if (!getWorkshop(ctx.db, workshopId)) throw notFound('This workshop');
  const before = getFacilitationState(ctx.db, workshopId);
  const state = { ...change(before), revision: before.revision + 1 };
  putFacilitationState(ctx.db, workshopId, state, ctx.now().toISOString());
  ctx.emit({ type: 'facilitation-changed', workshopId, state });
  return state;
}

function timerOf(
  ctx: HandlerContext,
  workshopId: string,
  state: FacilitationState,
  exercise: ExerciseLetter,
): TimerState {
  const duration = () =>
    exerciseIn(loadWorkshopContent(ctx.db, workshopId), exercise).defaultDurationMs;
  return state.timers[exercise] ?? newTimer(duration());
}

export const facilitationHandlers: HandlerTable<keyof typeof facilitationCommands> = {
  'facilitation:get': (ctx, { workshopId }) => {
    if (!getWorkshop(ctx.db, workshopId)) throw notFound('This workshop');
    return getFacilitationState(ctx.db, workshopId);
  },

  'facilitation:update': (ctx, { workshopId, patch }) =>
    changeState(ctx, workshopId, (state) => ({
      ...state,
      ...Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)),
    })),

  'facilitation:timer': (ctx, { workshopId, exercise, action }) =>
    changeState(ctx, workshopId, (state) => ({
      ...state,
      timers: {
        ...state.timers,
        [exercise]: applyTimerAction(
          timerOf(ctx, workshopId, state, exercise),
          action,
          ctx.now().getTime(),
        ),
      },
    })),

  'facilitation:move': (ctx, { workshopId, move }) =>
    changeState(ctx, workshopId, (state) =>
      moveSession(state, move, ctx.now().getTime(), loadWorkshopContent(ctx.db, workshopId)),
    ),

  'facilitation:reveal': (ctx, { workshopId, exercise, revealed }) =>
    changeState(ctx, workshopId, (state) => ({
      ...state,
      revealed: revealed
        ? [...new Set([...state.revealed, exercise])]
        : state.revealed.filter((letter) => letter !== exercise),
    })),
};
