import type { ExportData } from '../pdf/document-data';
import { renderDocument } from '../pdf/render-document';
import type { RenderOptions } from '../pdf/render-progress';

/** The bytes of an export: a PDF drawn from its data, or a text made when it was asked for. */
export function renderExport(data: ExportData, options: RenderOptions = {}): Promise<Buffer> {
  if ('text' in data) {
    return Promise.resolve(Buffer.from(data.text, 'utf8'));
  }
  return renderDocument(data, options);
}
