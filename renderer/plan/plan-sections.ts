import type { PlanSection } from '../store/routes';

/** What each page of the plan is called, in the plan's nav and as its heading. */
export const sectionTitles: Readonly<Record<PlanSection, string>> = {
  actions: 'The plan',
  stage: 'Two views of the stage',
  map: 'Map and score',
  target: 'Target map',
  layers: 'Layers of involvement',
  buyer: 'The buyer’s lens',
  readiness: 'Partnership readiness',
  practices: 'Implementation practices',
  progress: 'Progress',
};
