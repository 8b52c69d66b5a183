import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useMemo, useState } from 'react';
import { diagnoseContactMap } from '../../shared/domain/contact-map';
import { DiagnosisPanel } from './diagnosis-panel';
import { MapCanvas } from './map-canvas';
import { MapAsList } from './map-as-list';
import { MapLegend } from './map-legend';
import type { ContactMapAnswer } from '../../shared/kinds/contact-map';
import { MapperSidePanel, type PanelMode } from './mapper-side-panel';
import { MapperToolbar } from './mapper-toolbar';
import { useMapEditor } from './use-map-editor';
import './contact-mapper.css';

interface ContactMapperProps {
  answer: ContactMapAnswer;
  onChange(next: ContactMapAnswer): void;
  supplierLabel: string;
  customerLabel: string;
}

/** Whether a key press belongs to a text field, whose own undo must keep working. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button'].includes(target.type);
  return false;
}

/** Exercise G's editor: the canvas, its tools and side panel, and the live diagnosis. */
export function ContactMapper({
  answer,
  onChange,
  supplierLabel,
  customerLabel,
}: ContactMapperProps) {
  const editor = useMapEditor(answer, onChange);
  const { selection, setSelection, undo, redo } = editor;
  const [mode, setMode] = useState<PanelMode>('idle');
  const [highlightCentral, setHighlightCentral] = useState(false);
  const diagnosis = useMemo(
    () => diagnoseContactMap({ people: answer.people, links: answer.links }),
    [answer.people, answer.links],
  );

  // After an undo the selected person or link may be gone: show no selection rather than a stale one.
  const liveSelection = useMemo(() => {
    if (!selection) return null;
    const list = selection.kind === 'person' ? answer.people : answer.links;
    return list.some((x) => x.id === selection.id) ? selection : null;
  }, [selection, answer.people, answer.links]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (isTextEntry(event.target) || document.querySelector('dialog[open]')) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && key === 'z' && !event.shiftKey) undo();
      else if (mod && (key === 'y' || (key === 'z' && event.shiftKey))) redo();
      else if (event.key === 'Escape') setSelection(null);
      else return;
      event.preventDefault();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [undo, redo, setSelection]);

  // Selecting on the canvas replaces an open add or link form.
  if (liveSelection && mode !== 'idle') setMode('idle');

  const highlightId = highlightCentral ? diagnosis.metrics.centralPersonId : null;
  return (
    <ReactFlowProvider>
      <div className="mapper">
        <MapperToolbar
          canUndo={editor.history.past.length > 0}
          canRedo={editor.history.future.length > 0}
          onAddPerson={() => {
            setSelection(null);
            setMode('add-person');
          }}
          onLinkPeople={() => {
            setSelection(null);
            setMode('link-people');
          }}
          onUndo={undo}
          onRedo={redo}
        />
        <p className="mapper__status" role="status">
          {editor.notice?.text}{' '}
          {editor.notice?.undo && (
            <button type="button" className="button button--ghost" onClick={undo}>
              Undo
            </button>
          )}
        </p>
        <div className="mapper__body">
          <div className="mapper__main">
            <MapCanvas
              map={answer}
              supplierLabel={supplierLabel}
              customerLabel={customerLabel}
              label="Contact map"
              selection={liveSelection}
              highlightId={highlightId}
              handlers={editor.handlers}
            />
            <MapLegend people={answer.people} />
            <MapAsList people={answer.people} links={answer.links} />
          </div>
          <div className="mapper__side">
            <MapperSidePanel
              map={answer}
              mode={mode}
              selection={liveSelection}
              commit={editor.commit}
              handlers={editor.handlers}
              onSelect={setSelection}
              onMode={setMode}
            />
            <DiagnosisPanel
              diagnosis={diagnosis}
              people={answer.people}
              highlightCentral={highlightCentral}
              onHighlightCentral={setHighlightCentral}
            />
          </div>
        </div>
      </div>
    </ReactFlowProvider>
  );
}
