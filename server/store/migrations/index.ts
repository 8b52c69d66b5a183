import { sql as init } from './0001-init';
import { sql as stageScorings } from './0002-stage-scorings';
import { sql as workshopSettings } from './0003-workshop-settings';
import { sql as answersAnyExercise } from './0004-answers-any-exercise';
import { sql as workshopContent } from './0005-workshop-content';
import { sql as answersEnteredBy } from './0006-answers-entered-by';
import { sql as contentTemplates } from './0007-content-templates';
import { sql as relationshipPlans } from './0008-relationship-plans';

/** A schema change; `version` is what PRAGMA user_version holds once it has run. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration in order. Bundled as code so nothing is read from disk at run time. */
export const migrations: readonly Migration[] = [
  { version: 1, name: '0001-init', sql: init },
  { version: 2, name: '0002-stage-scorings', sql: stageScorings },
  { version: 3, name: '0003-workshop-settings', sql: workshopSettings },
  { version: 4, name: '0004-answers-any-exercise', sql: answersAnyExercise },
  { version: 5, name: '0005-workshop-content', sql: workshopContent },
  { version: 6, name: '0006-answers-entered-by', sql: answersEnteredBy },
  { version: 7, name: '0007-content-templates', sql: contentTemplates },
  { version: 8, name: '0008-relationship-plans', sql: relationshipPlans },
];

/** The schema version this build of the app writes. */
export const latestSchemaVersion = migrations.at(-1)?.version ?? 0;
