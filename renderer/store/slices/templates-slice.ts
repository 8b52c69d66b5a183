import type { ApiError, Result } from '../../../shared/api/errors';
import {
  MAX_TEMPLATE_FILE_BYTES,
  type TemplateSummary,
} from '../../../shared/templates/template-file';
import type { NoticeActions } from './notice-slice';
import { report } from './report';
import type { LoadStatus, Slice } from './slice';

export interface TemplatesState {
  /** Every content template, by name, once loaded. */
  templates: TemplateSummary[];
  templatesStatus: LoadStatus;
  templatesError: ApiError | null;
}

export interface TemplatesActions {
  loadTemplates(): Promise<void>;
  /** Saves a workshop's content under a name; `replace` overwrites a template of that name. */
  saveTemplate(
    workshopId: string,
    name: string,
    replace?: boolean,
  ): Promise<Result<TemplateSummary>>;
  deleteTemplate(id: string): Promise<Result<{ id: string }>>;
  /** Imports a template file the user picked: its size is checked before it is read. */
  importTemplateFile(file: File): Promise<Result<TemplateSummary>>;
}

export type TemplatesSlice = TemplatesState & TemplatesActions;

const TOO_LARGE = `This file is larger than ${MAX_TEMPLATE_FILE_BYTES / 1024 / 1024} MB, too large to be a template.`;

/** Content templates: listed for the new-workshop dialog and the templates dialog. */
export const createTemplatesSlice: Slice<TemplatesSlice, NoticeActions> = ({ set, get, api }) => ({
  templates: [],
  templatesStatus: 'idle',
  templatesError: null,

  async loadTemplates() {
    if (get().templatesStatus !== 'ready') set({ templatesStatus: 'loading' });
    const result = await api.call('templates:list', {});
    if (result.ok) set({ templates: result.value, templatesStatus: 'ready', templatesError: null });
    else set({ templatesStatus: 'error', templatesError: result.error });
  },

  async saveTemplate(workshopId, name, replace = false) {
    const result = await api.call('templates:save', { workshopId, name, replace });
    if (result.ok) void get().loadTemplates();
    // A name already taken is asked about in the dialog, not announced.
    if (!result.ok && (result.error.code === 'conflict' || result.error.code === 'validation'))
      return result;
    return report(get, result, (t) => `Saved as the template “${t.name}”`);
  },

  async deleteTemplate(id) {
    const name = get().templates.find((t) => t.id === id)?.name ?? 'Template';
    const result = await api.call('templates:delete', { id });
    if (result.ok) set({ templates: get().templates.filter((t) => t.id !== id) });
    return report(get, result, `Template “${name}” deleted`);
  },

  async importTemplateFile(file) {
    if (file.size > MAX_TEMPLATE_FILE_BYTES) {
      return { ok: false, error: { code: 'too-large', message: TOO_LARGE } };
    }
    const result = await api.call('templates:import', { text: await file.text() });
    if (result.ok) {
      void get().loadTemplates();
      get().announce(`Template “${result.value.name}” imported`);
    }
    return result;
  },
});
