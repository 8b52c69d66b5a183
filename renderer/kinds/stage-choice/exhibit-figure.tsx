import type { PromptFigure } from '../screen-props';
import { ExhibitDiagram } from './exhibit-diagram';

/** The exhibit the room judges, shown with the question. */
export const ExhibitFigure: PromptFigure<'stage-choice'> = ({ definition }) => (
  <ExhibitDiagram exhibit={definition.exhibit} />
);
