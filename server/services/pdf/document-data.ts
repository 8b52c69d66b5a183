import type { StageScoring } from '../../../shared/api/commands/stage-scorings';
import type { WorkshopContent } from '../../../shared/content/resolve-content';
import type { AnswersByLetter } from '../../../shared/exercises/answers';
import type { PlanPartsByName } from '../../../shared/plan/plan-parts';
import type { EnteredByLetter } from '../../../shared/exercises/entered-by';
import type { FacilitationState } from '../../../shared/schemas/facilitation';
import type { PaperSize, WorkshopSettings } from '../../../shared/schemas/settings';
import type { Workshop } from '../../../shared/schemas/workshop';

/** What every document says about where it comes from. */
export interface DocumentMeta {
  workshop: Workshop;
  /** The workshop's own version of the module's exercises and steps. */
  content: WorkshopContent;
  settings: WorkshopSettings;
  paper: PaperSize;
  /** When the document was made (ISO timestamp). */
  generatedAt: string;
  /** Names replaced by neutral labels and private notes left out: the cover says so. */
  clientSafe: boolean;
}

/** A participant or one of their accounts, with the answers they own, by exercise letter. */
export interface OwnerAnswers {
  id: string;
  name: string;
  answers: AnswersByLetter;
  /** Who entered each saved answer; an exercise never saved is absent. */
  enteredBy: EnteredByLetter;
}

/** One key account: its answers, its saved stage scorings (newest first) and its plan. */
export interface AccountAnswers extends OwnerAnswers {
  /** Our own scorings. */
  scorings: StageScoring[];
  /** The customer's view, believed or scored by the customer. */
  customerScorings: StageScoring[];
  plan: PlanPartsByName;
}

/** One participant: their own answers and their accounts', and their programme's practices. */
export interface ParticipantAnswers extends OwnerAnswers {
  accounts: AccountAnswers[];
  plan: PlanPartsByName;
}

/** Everything a workbook shows, read from the store in one go. */
export interface WorkbookData {
  kind: 'workbook';
  meta: DocumentMeta;
  participant: ParticipantAnswers;
  /** The account the workbook is narrowed to, if any. */
  account: { id: string; name: string } | null;
}

/** Everything a workshop summary shows. */
export interface SummaryData {
  kind: 'summary';
  meta: DocumentMeta;
  participants: ParticipantAnswers[];
  facilitation: FacilitationState;
}

/** Either document's data. */
export type DocumentData = WorkbookData | SummaryData;

/** An export made whole when it was asked for: a spreadsheet or a template file. */
export interface TextExport {
  kind: 'answers' | 'template';
  text: string;
}

/** What an export job turns into a file. */
export type ExportData = DocumentData | TextExport;
