import {
  TEMPLATE_FILE_FORMAT,
  TEMPLATE_FILE_VERSION,
  templateFileName,
  TemplateFile,
  type ContentTemplate,
} from '../../../shared/templates/template-file';
import { appInfo } from '../workshop-file/app-info';

/** A template as its own file (docs/template-file.md), checked against the one schema. */
export function templateFileText(
  template: ContentTemplate,
  exportedAt: Date,
): { text: string; fileName: string } {
  const file = TemplateFile.parse({
    format: TEMPLATE_FILE_FORMAT,
    version: TEMPLATE_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    app: appInfo,
    template: { name: template.name, content: template.content },
  });
  return { text: `${JSON.stringify(file, null, 2)}\n`, fileName: templateFileName(template.name) };
}
