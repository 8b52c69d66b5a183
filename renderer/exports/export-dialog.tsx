import { useEffect, useId, useState } from 'react';
import { useShallow } from 'zustand/shallow';
import type { PdfKind } from '../../shared/api/commands/exports';
import { ClientSafeField } from './client-safe-field';
import type { PaperSize } from '../../shared/schemas/settings';
import type { WorkshopDetail } from '../../shared/schemas/workshop';
import { ModalDialog } from '../components/modal-dialog';
import { useAppStore } from '../store/store-context';
import { ExportActions } from './export-actions';
import { LogoField } from './logo-field';

interface ExportDialogProps {
  open: boolean;
  detail: WorkshopDetail;
  initialKind: PdfKind;
  onClose(): void;
}

const kindLabels: Record<PdfKind, string> = {
  workbook: 'Participant workbook',
  summary: 'Workshop summary',
};
const paperLabels: Record<PaperSize, string> = { a4: 'A4', letter: 'US Letter' };

/** Chooses what to export, then shows the job's progress with Cancel until the file is handed over. */
export function ExportDialog({ open, detail, initialKind, onClose }: ExportDialogProps) {
  const id = useId();
  const { workshop, participants } = detail;
  const [kind, setKind] = useState<PdfKind>(initialKind);
  const [participantId, setParticipantId] = useState(participants[0]?.id ?? '');
  const [accountId, setAccountId] = useState('');
  const [paper, setPaper] = useState<PaperSize>('a4');
  const [consultant, setConsultant] = useState('');
  const [logo, setLogo] = useState<string | null>(null);
  const [clientSafe, setClientSafe] = useState(false);
  const { phase, start, cancel, reset, loadSettings, saveSettings } = useAppStore(
    useShallow((s) => ({
      phase: s.exportPhase,
      start: s.startExport,
      cancel: s.cancelExport,
      reset: s.resetExport,
      loadSettings: s.loadExportSettings,
      saveSettings: s.saveExportSettings,
    })),
  );
  const busy = phase.kind === 'running' || phase.kind === 'saving';
  // People may have been added or removed since the choice was made: fall back to the first.
  const participant = participants.find((p) => p.id === participantId) ?? participants[0];

  useEffect(() => {
    if (!open) return;
    setKind(initialKind);
    reset();
    void loadSettings(workshop.id).then((result) => {
      if (!result.ok) return;
      setPaper(result.value.paper);
      setConsultant(result.value.consultantName);
      setLogo(result.value.logo);
    });
  }, [open, initialKind, workshop.id, reset, loadSettings]);

  // A job left running when the dialog goes away with its screen is no longer followed.
  useEffect(() => reset, [reset]);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The paper and consultant are the workshop's settings: the next export starts from them.
    await saveSettings(workshop.id, { paper, consultantName: consultant, logo });
    await start(
      kind === 'summary'
        ? { kind, workshopId: workshop.id, paper, clientSafe }
        : {
            kind,
            workshopId: workshop.id,
            paper,
            clientSafe,
            ...(participant ? { participantId: participant.id } : {}),
            ...(accountId ? { accountId } : {}),
          },
    );
  }

  function close() {
    if (busy) void cancel();
    reset();
    onClose();
  }

  const cannotStart = kind === 'workbook' && !participant;
  return (
    <ModalDialog open={open} title="Export PDF" onClose={close} size="medium">
      <form className="form export-form" onSubmit={submit} noValidate>
        <fieldset className="export-form__choice" disabled={busy}>
          <legend className="field__label">Document</legend>
          {(['workbook', 'summary'] as const).map((value) => (
            <label key={value} className="export-form__option">
              <input
                type="radio"
                name={`${id}-kind`}
                checked={kind === value}
                onChange={() => setKind(value)}
                data-initial-focus={kind === value || undefined}
              />
              {kindLabels[value]}
            </label>
          ))}
        </fieldset>
        {kind === 'workbook' && (
          <div className="form__pair">
            <div className="field">
              <label htmlFor={`${id}-participant`} className="field__label">
                Participant
              </label>
              <select
                id={`${id}-participant`}
                className="input"
                value={participant?.id ?? ''}
                disabled={busy}
                onChange={(e) => {
                  setParticipantId(e.target.value);
                  setAccountId('');
                }}
              >
                {participants.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-account`} className="field__label">
                Key account
              </label>
              <select
                id={`${id}-account`}
                className="input"
                value={accountId}
                disabled={busy || !participant}
                onChange={(e) => setAccountId(e.target.value)}
              >
                <option value="">All accounts</option>
                {participant?.accounts.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
        )}
        {kind === 'workbook' && participants.length === 0 && (
          <p className="form__error">Add a participant first: a workbook is one participant’s.</p>
        )}
        <div className="form__pair">
          <fieldset className="export-form__choice" disabled={busy}>
            <legend className="field__label">Paper</legend>
            {(['a4', 'letter'] as const).map((value) => (
              <label key={value} className="export-form__option">
                <input
                  type="radio"
                  name={`${id}-paper`}
                  checked={paper === value}
                  onChange={() => setPaper(value)}
                />
                {paperLabels[value]}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-consultant`} className="field__label">
              Consultant (on the cover)
            </label>
            <input
              id={`${id}-consultant`}
              className="input"
              value={consultant}
              maxLength={120}
              disabled={busy}
              autoComplete="off"
              onChange={(e) => setConsultant(e.target.value)}
            />
          </div>
        </div>
        <LogoField logo={logo} disabled={busy} onChange={setLogo} />
        <ClientSafeField checked={clientSafe} disabled={busy} onChange={setClientSafe} />
        <ExportActions phase={phase} cannotStart={cannotStart} onClose={close} />
      </form>
    </ModalDialog>
  );
}
