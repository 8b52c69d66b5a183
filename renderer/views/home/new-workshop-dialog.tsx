import { useEffect, useId, useState } from 'react';
import { WorkshopFields, type WorkshopMode } from '../../../shared/schemas/workshop';
import { ModalDialog } from '../../components/modal-dialog';
import { todayIso } from '../../format/format';
import { useAppStore } from '../../store/store-context';
import { ModeField, TextField } from './workshop-form-fields';

type FieldName = keyof WorkshopFields;
type FieldErrors = Partial<Record<FieldName, string>>;

const fieldNames: FieldName[] = ['title', 'date', 'facilitator', 'client', 'mode'];

function isFieldName(name: PropertyKey | undefined): name is FieldName {
  return fieldNames.some((field) => field === name);
}

/** The schema's message for an empty name reads oddly for a title. */
function messageFor(field: FieldName, message: string, value: string): string {
  return field === 'title' && value.trim() === '' ? 'Please enter a title' : message;
}

const blank = (): WorkshopFields => ({
  title: '',
  date: todayIso(),
  facilitator: '',
  client: '',
  mode: 'facilitated',
});

/** The "New workshop" form, checked with the same schema the host uses. */
export function NewWorkshopDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const createWorkshop = useAppStore((s) => s.createWorkshop);
  const templates = useAppStore((s) => s.templates);
  const loadTemplates = useAppStore((s) => s.loadTemplates);
  const [templateId, setTemplateId] = useState('');
  const startId = useId();

  useEffect(() => {
    if (open) void loadTemplates();
  }, [open, loadTemplates]);
  const [fields, setFields] = useState<WorkshopFields>(blank);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function close() {
    setFields(blank());
    setTemplateId('');
    setErrors({});
    setFormError(null);
    onClose();
  }

  function update(name: FieldName, value: string) {
    setFields((current) => ({ ...current, [name]: value }));
    setErrors((current) => ({ ...current, [name]: undefined }));
  }

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = WorkshopFields.safeParse(fields);
    if (!parsed.success) {
      const found: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const name = issue.path[0];
        if (isFieldName(name) && !found[name]) {
          found[name] = messageFor(name, issue.message, String(fields[name]));
        }
      }
      setErrors(found);
      const first = fieldNames.find((name) => found[name]);
      if (first) event.currentTarget.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setBusy(true);
    setFormError(null);
    // A template deleted meanwhile is not offered: the workshop starts from the course.
    const template = templates.some((t) => t.id === templateId) ? templateId : undefined;
    const result = await createWorkshop({
      ...parsed.data,
      ...(template ? { templateId: template } : {}),
    });
    setBusy(false);
    if (result.ok) return close();
    const field = result.error.path?.split(/[.[]/)[0];
    if (isFieldName(field)) setErrors({ [field]: result.error.message });
    else setFormError(result.error.message);
  }

  return (
    <ModalDialog open={open} title="New workshop" onClose={close} size="medium">
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          name="title"
          label="Title"
          value={fields.title}
          error={errors.title}
          onChange={update}
          placeholder="e.g. Key account management — spring cohort"
          initialFocus
        />
        <TextField
          name="date"
          label="Date"
          type="date"
          value={fields.date}
          error={errors.date}
          onChange={update}
        />
        <div className="form__pair">
          <TextField
            name="facilitator"
            label="Facilitator"
            value={fields.facilitator}
            error={errors.facilitator}
            onChange={update}
            hint="Optional"
          />
          <TextField
            name="client"
            label="Client organisation"
            value={fields.client}
            error={errors.client}
            onChange={update}
            hint="Optional"
          />
        </div>
        <ModeField
          value={fields.mode}
          error={errors.mode}
          onChange={(mode: WorkshopMode) => update('mode', mode)}
        />
        <div className="field">
          <label htmlFor={startId} className="field__label">
            Content
          </label>
          <select
            id={startId}
            className="input"
            value={templateId}
            onChange={(e) => setTemplateId(e.target.value)}
          >
            <option value="">The course as written</option>
            {templates.map((template) => (
              <option key={template.id} value={template.id}>
                Template: {template.name}
              </option>
            ))}
          </select>
        </div>
        {formError && (
          <p className="form__error" role="alert">
            {formError}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button button--ghost" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            Create workshop
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
