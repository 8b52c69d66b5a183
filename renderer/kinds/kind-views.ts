/**
 * The renderer's one module per answer kind: the learner's screen, and the presenter's model
 * answer once revealed (and a figure shown with the questions, where the kind has one). Typed
 * over every kind, so a kind without its views does not compile.
 */
import type { KindName } from '../../shared/kinds/answer-kinds';
import { ContactMapScreen } from './contact-map/contact-map-screen';
import { PatternsSlide } from './contact-map/patterns-slide';
import { ListModelSlide } from './list/list-model-slide';
import { ListScreen } from './list/list-screen';
import { ProsAndConsScreen } from './pros-and-cons/pros-and-cons-screen';
import { ProsAndConsSlide } from './pros-and-cons/pros-and-cons-slide';
import { ListModelEditor } from './list/list-model-editor';
import { PointsModelEditor } from './points-model-editor';
import { ProsAndConsModelEditor } from './pros-and-cons/pros-and-cons-model-editor';
import type { ExerciseScreen, ModelEditor, ModelSlide, PromptFigure } from './screen-props';
import { StageAnswerEditor } from './stage-choice/stage-answer-editor';
import { StageModelEditor } from './stage-scores/stage-model-editor';
import { ExhibitFigure } from './stage-choice/exhibit-figure';
import { StageAnswerSlide } from './stage-choice/stage-answer-slide';
import { StageChoiceScreen } from './stage-choice/stage-choice-screen';
import { StageBandsSlide } from './stage-scores/stage-bands-slide';
import { StageScoresScreen } from './stage-scores/stage-scores-screen';
import { DebriefSlide } from './top-three/debrief-slide';
import { TopThreeScreen } from './top-three/top-three-screen';

export interface KindViews<K extends KindName> {
  Screen: ExerciseScreen<K>;
  ModelSlide: ModelSlide<K>;
  PromptFigure?: PromptFigure<K>;
  /** The trainer's editor of the model answer, in the content editor. */
  ModelEditor: ModelEditor<K>;
}

const viewsByKind: { readonly [K in KindName]: KindViews<K> } = {
  list: { Screen: ListScreen, ModelSlide: ListModelSlide, ModelEditor: ListModelEditor },
  'top-three': { Screen: TopThreeScreen, ModelSlide: DebriefSlide, ModelEditor: PointsModelEditor },
  'stage-scores': {
    Screen: StageScoresScreen,
    ModelSlide: StageBandsSlide,
    ModelEditor: StageModelEditor,
  },
  'pros-and-cons': {
    Screen: ProsAndConsScreen,
    ModelSlide: ProsAndConsSlide,
    ModelEditor: ProsAndConsModelEditor,
  },
  'stage-choice': {
    Screen: StageChoiceScreen,
    ModelSlide: StageAnswerSlide,
    PromptFigure: ExhibitFigure,
    ModelEditor: StageAnswerEditor,
  },
  'contact-map': {
    Screen: ContactMapScreen,
    ModelSlide: PatternsSlide,
    ModelEditor: PointsModelEditor,
  },
};

/** The views of a kind, typed by its name (indexing with a generic name loses the link). */
export function viewsOf<K extends KindName>(kind: K): KindViews<K> {
  return viewsByKind[kind] as KindViews<K>;
}
