import { z } from 'zod';

/**
 * The course's exercise letters in module order. Written out rather than read from the course
 * data so that code sent to learners' devices (the room's page) can check answers' letters
 * without carrying the course's model answers; `shared/course/exercises.ts` checks, at compile
 * time, that its exercises are exactly these, in this order.
 */
export const exerciseLetters = ['A', 'B', 'C', 'D', 'E', 'F', 'G'] as const;

/** The letter of one of the course's exercises. */
export type ExerciseLetter = (typeof exerciseLetters)[number];

/** An exercise letter arriving from outside: one of the course's, nothing else. */
export const ExerciseLetter = z.enum(exerciseLetters);
