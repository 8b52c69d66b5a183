import type { StageScoring } from '../../../shared/api/commands/stage-scorings';
import type { AnswerPayload } from '../../../shared/exercises/answer-payloads';
import type { FacilitationState } from '../../../shared/schemas/facilitation';
import type { PaperSize, WorkshopSettings } from '../../../shared/schemas/settings';
import type { Workshop } from '../../../shared/schemas/workshop';

/** What every document says about where it comes from. */
export interface DocumentMeta {
  workshop: Workshop;
  settings: WorkshopSettings;
  paper: PaperSize;
  /** When the document was made (ISO timestamp). */
  generatedAt: string;
}

/** One key account's answers: exercises C, D, G and the saved D scorings, newest first. */
export interface AccountAnswers {
  id: string;
  name: string;
  c: AnswerPayload<'C'>;
  d: AnswerPayload<'D'>;
  g: AnswerPayload<'G'>;
  scorings: StageScoring[];
}

/** One participant's answers to A, B, E, F and to their accounts' exercises. */
export interface ParticipantAnswers {
  id: string;
  name: string;
  a: AnswerPayload<'A'>;
  b: AnswerPayload<'B'>;
  e: AnswerPayload<'E'>;
  f: AnswerPayload<'F'>;
  accounts: AccountAnswers[];
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
