import { useReactFlow } from '@xyflow/react';
import { CompareExamples } from './compare-examples';
import { fitCanvas } from './map-canvas';
import './mapper-toolbar.css';

interface MapperToolbarProps {
  canUndo: boolean;
  canRedo: boolean;
  onAddPerson(): void;
  onLinkPeople(): void;
  onUndo(): void;
  onRedo(): void;
}

/** The mapper's commands: add, link, undo/redo, zoom and fit, and the course examples. */
export function MapperToolbar(props: MapperToolbarProps) {
  const flow = useReactFlow();
  return (
    <div className="mapper-toolbar" role="toolbar" aria-label="Contact map tools">
      <div className="mapper-toolbar__group">
        <button type="button" className="button button--primary" onClick={props.onAddPerson}>
          Add person
        </button>
        <button type="button" className="button button--secondary" onClick={props.onLinkPeople}>
          Link two people
        </button>
      </div>
      <div className="mapper-toolbar__group">
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={!props.canUndo}
          aria-keyshortcuts="Control+Z Meta+Z"
          onClick={props.canUndo ? props.onUndo : undefined}
        >
          Undo
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={!props.canRedo}
          aria-keyshortcuts="Control+Y Shift+Meta+Z"
          onClick={props.canRedo ? props.onRedo : undefined}
        >
          Redo
        </button>
      </div>
      <div className="mapper-toolbar__group">
        <button type="button" className="button button--ghost" onClick={() => void flow.zoomIn()}>
          Zoom in
        </button>
        <button type="button" className="button button--ghost" onClick={() => void flow.zoomOut()}>
          Zoom out
        </button>
        <button type="button" className="button button--ghost" onClick={() => fitCanvas(flow)}>
          Fit to view
        </button>
      </div>
      <div className="mapper-toolbar__group mapper-toolbar__group--end">
        <CompareExamples />
      </div>
    </div>
  );
}
