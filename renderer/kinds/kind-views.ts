/**
 * The renderer's one module per answer kind: the learner's screen, and the presenter's model
 * answer once revealed (and a figure shown with the questions, where the kind has one). Typed
 * over every kind, so a kind without its views does not compile.
 */
import { lazy } from 'react';
import type { KindName } from '../../shared/kinds/answer-kinds';
import { ContactMapResultsView } from './contact-map/contact-map-results';
import { PatternsSlide } from './contact-map/patterns-slide';
import { ListResultsView } from './list/list-results';
import { ProsAndConsResultsView } from './pros-and-cons/pros-and-cons-results';
import { StageChoiceResultsView } from './stage-choice/stage-choice-results';
import { StageScoresResultsView } from './stage-scores/stage-scores-results';
import { TopThreeResultsView } from './top-three/top-three-results';
import { ListModelSlide } from './list/list-model-slide';
import { ListScreen } from './list/list-screen';
import { ProsAndConsScreen } from './pros-and-cons/pros-and-cons-screen';
import { ProsAndConsSlide } from './pros-and-cons/pros-and-cons-slide';
import { ListModelEditor } from './list/list-model-editor';
import { PointsModelEditor } from './points-model-editor';
import { ProsAndConsModelEditor } from './pros-and-cons/pros-and-cons-model-editor';
import type {
  ExerciseScreen,
  ModelEditor,
  ModelSlide,
  PromptFigure,
  ResultsView,
} from './screen-props';
import { StageAnswerEditor } from './stage-choice/stage-answer-editor';
import { StageModelEditor } from './stage-scores/stage-model-editor';
import { ExhibitFigure } from './stage-choice/exhibit-figure';
import { StageAnswerSlide } from './stage-choice/stage-answer-slide';

import { StageBandsSlide } from './stage-scores/stage-bands-slide';
import { StageScoresScreen } from './stage-scores/stage-scores-screen';
import { DebriefSlide } from './top-three/debrief-slide';
import { TopThreeScreen } from './top-three/top-three-screen';

// The screens that draw maps load React Flow: they arrive only when such an exercise is opened,
// which keeps the first download of the app, and of the learners' page, small.
const ContactMapScreen = lazy(() =>
  import('./contact-map/contact-map-screen').then((m) => ({ default: m.ContactMapScreen })),
);
const StageChoiceScreen = lazy(() =>
  import('./stage-choice/stage-choice-screen').then((m) => ({ default: m.StageChoiceScreen })),
);

export interface KindViews<K extends KindName> {
  Screen: ExerciseScreen<K>;
  ModelSlide: ModelSlide<K>;
  /** The room's results, merged from every learner's answer. */
  Results: ResultsView<K>;
  PromptFigure?: PromptFigure<K>;
  /** The trainer's editor of the model answer, in the content editor. */
  ModelEditor: ModelEditor<K>;
}

const viewsByKind: { readonly [K in KindName]: KindViews<K> } = {
  list: {
    Screen: ListScreen,
    ModelSlide: ListModelSlide,
    Results: ListResultsView,
    ModelEditor: ListModelEditor,
  },
  'top-three': {
    Screen: TopThreeScreen,
    ModelSlide: DebriefSlide,
    Results: TopThreeResultsView,
    ModelEditor: PointsModelEditor,
  },
  'stage-scores': {
    Screen: StageScoresScreen,
    ModelSlide: StageBandsSlide,
    Results: StageScoresResultsView,
    ModelEditor: StageModelEditor,
  },
  'pros-and-cons': {
    Screen: ProsAndConsScreen,
    ModelSlide: ProsAndConsSlide,
    Results: ProsAndConsResultsView,
    ModelEditor: ProsAndConsModelEditor,
  },
  'stage-choice': {
    Screen: StageChoiceScreen,
    ModelSlide: StageAnswerSlide,
    PromptFigure: ExhibitFigure,
    Results: StageChoiceResultsView,
    ModelEditor: StageAnswerEditor,
  },
  'contact-map': {
    Screen: ContactMapScreen,
    ModelSlide: PatternsSlide,
    Results: ContactMapResultsView,
    ModelEditor: PointsModelEditor,
  },
};

/** The views of a kind, typed by its name (indexing with a generic name loses the link). */
export function viewsOf<K extends KindName>(kind: K): KindViews<K> {
  return viewsByKind[kind] as KindViews<K>;
}
