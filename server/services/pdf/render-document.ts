import type { DocumentData } from './document-data';
import type { RenderOptions } from './render-progress';
import { renderSummary } from './summary/render-summary';
import { renderWorkbook } from './workbook/render-workbook';

/** Draws either document from its data. */
export function renderDocument(data: DocumentData, options: RenderOptions = {}): Promise<Buffer> {
  return data.kind === 'workbook' ? renderWorkbook(data, options) : renderSummary(data, options);
}
