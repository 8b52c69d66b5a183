/** The course module this app teaches, and who wrote it: shown on the About screen. */
export const moduleInfo = {
  code: '1.2.1',
  title: 'Key account relationships: nature and expectations',
  programme: 'Postgraduate course in Key Account Management',
  author: 'Dr Diana Woodburn',
  credit:
    'Course material © Dr Diana Woodburn. Exercises, stage model and contact-mapping patterns ' +
    'are taken from the module and restated in this app’s own words.',
} as const;

/** What the course asks the room to do before the model answer is shown. */
export const pauseAndReflect =
  'Pause here and write down your ideas. Carry on when you have some good answers.';

/** The pause's instruction for one exercise: its own (choose, score, map) or the course's. */
export function pauseInstruction(exercise: { pause?: string | undefined }): string {
  return exercise.pause ?? pauseAndReflect;
}
