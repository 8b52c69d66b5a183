import type { ExerciseLetter } from '../../shared/exercises/letters';
import type { ExerciseScreen } from './screen-props';

/** The screen of each exercise, by letter. */
export const exerciseScreens: { [L in ExerciseLetter]?: ExerciseScreen<L> } = {};
