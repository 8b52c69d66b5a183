import { z } from 'zod';
import { exercises, type ExerciseLetter as Letter } from '../course/exercises';

/** The letter of one of the course's exercises. */
export type ExerciseLetter = Letter;

/** The course's exercise letters in module order, derived from the course data. */
export const exerciseLetters = exercises.map((e) => e.letter) as [Letter, ...Letter[]];

/** An exercise letter arriving from outside: one of the course's, nothing else. */
export const ExerciseLetter = z.enum(exerciseLetters);
