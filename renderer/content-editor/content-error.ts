import { createContext, useContext } from 'react';

/** What is wrong with the trainer's edits, and where in the changes (e.g. "exercises.A.questions[1]"). */
export const ContentErrorContext = createContext<{ message: string; path: string } | null>(null);

/** The error message of the field at a path, if the edits' problem is there. */
export function useFieldError(path: string): string | undefined {
  const error = useContext(ContentErrorContext);
  return error && error.path === path ? error.message : undefined;
}
