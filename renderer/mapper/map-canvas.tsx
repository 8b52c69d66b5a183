import {
  ConnectionMode,
  ReactFlow,
  ViewportPortal,
  applyNodeChanges,
  type Connection,
  type Edge,
  type NodeChange,
  type OnNodeDrag,
  type ReactFlowInstance,
} from '@xyflow/react';
import { memo, useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  CANVAS_HEIGHT,
  CANVAS_WIDTH,
  layoutContactMap,
  type Point,
} from '../../shared/domain/contact-map-layout';
import type { ContactMap } from '../../shared/domain/contact-map';
import { BandLayer } from './band-layer';
import { createDragPosition } from './drag-layer';
import { edgeShapes, reconcileNodes, type MapSelection, type PersonNode } from './flow-elements';
import { MapLines } from './map-lines';
import { PersonNodeView } from './person-node';
import '@xyflow/react/dist/style.css';
import './map-canvas.css';

/** A direction an arrow key moves a focused person: a band up or down, or across the sides. */
export type BandStep = 'up' | 'down' | 'across';

/** What the editor does with the canvas's gestures; one stable object for the canvas's life. */
export interface MapCanvasHandlers {
  select(selection: MapSelection): void;
  /** A person was dropped with their card's top-left corner at a point. */
  drop(id: string, at: Point): void;
  connect(from: string, to: string): void;
  remove(selection: NonNullable<MapSelection>): void;
  step(id: string, step: BandStep): void;
}

interface MapCanvasProps {
  map: ContactMap & { positions?: Record<string, Point> };
  supplierLabel: string;
  customerLabel: string;
  /** Names the canvas region for assistive technology. */
  label: string;
  selection?: MapSelection;
  highlightId?: string | null;
  /** Absent for a read-only map (exercise F, the course examples). */
  handlers?: MapCanvasHandlers;
  className?: string;
}

const nodeTypes = { person: PersonNodeView };
const canvasBounds = { x: 0, y: 0, width: CANVAS_WIDTH, height: CANVAS_HEIGHT };
const deleteKeys = ['Backspace', 'Delete'];
const arrowSteps: Record<string, BandStep> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'across',
  ArrowRight: 'across',
};

/** Fits both organisations, all four bands, into the view: the whole model, even when empty. */
export function fitCanvas(instance: Pick<ReactFlowInstance, 'fitBounds'>): void {
  void instance.fitBounds(canvasBounds, { padding: 0.03 });
}

interface FlowInputs {
  map: ContactMap;
  placed: Record<string, Point>;
  selection: MapSelection;
  highlightId: string | null;
  draggedId: string | null;
}

function build(previous: { nodes: PersonNode[] } | null, inputs: FlowInputs) {
  const { map, placed, selection, highlightId, draggedId } = inputs;
  const selectedId = selection?.kind === 'person' ? selection.id : null;
  return {
    inputs,
    nodes: reconcileNodes(previous?.nodes ?? [], map.people, placed, {
      selectedId,
      highlightId,
      draggedId,
    }),
  };
}

/**
 * A contact map drawn with React Flow over the two organisations' level bands. React Flow's
 * cards stay where the map has them: a dragged card is drawn under the pointer by the drag
 * layer (see DragLayer), and the map itself changes only when the editor commits the drop.
 */
export const MapCanvas = memo(function MapCanvas(props: MapCanvasProps) {
  const { map, handlers, selection = null, highlightId = null } = props;
  const readOnly = !handlers;
  const placed = useMemo(() => layoutContactMap(map, map.positions), [map]);
  const [draggedId, setDraggedId] = useState<string | null>(null);
  const inputs = useMemo(
    () => ({ map, placed, selection, highlightId, draggedId }),
    [map, placed, selection, highlightId, draggedId],
  );
  const shapes = useMemo(() => edgeShapes(map.people, map.links, placed), [map, placed]);
  const dragged = useMemo(() => {
    const person = draggedId ? map.people.find((p) => p.id === draggedId) : undefined;
    return person ? { person, highlighted: person.id === highlightId } : null;
  }, [map, draggedId, highlightId]);
  const [dragPosition] = useState(createDragPosition);
  const [flow, setFlow] = useState(() => build(null, inputs));
  let current = flow;
  if (flow.inputs !== inputs) {
    // Adjusting state while rendering: the new map shows in this very render, not the next.
    current = build(flow, inputs);
    setFlow(current);
  }

  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  const mapRef = useRef(map);
  mapRef.current = map;

  const onNodesChange = useCallback((changes: NodeChange<PersonNode>[]) => {
    const chosen = changes.find((c) => c.type === 'select' && c.selected);
    if (chosen && chosen.type === 'select')
      handlersRef.current?.select({ kind: 'person', id: chosen.id });
    // Measurements stay local. Moves are not applied: the drag layer draws a dragged card, and
    // removals arrive through onDelete as one change.
    const measured = changes.filter((c) => c.type === 'dimensions');
    if (measured.length > 0) setFlow((f) => ({ ...f, nodes: applyNodeChanges(measured, f.nodes) }));
  }, []);
  // While a card is dragged a sheet over the canvas takes the pointer (see map-canvas.css):
  // otherwise every mouse move hit-tests hundreds of lines and cards. The class is set on the
  // frame directly, as it changes nothing React renders.
  const frameRef = useRef<HTMLDivElement>(null);
  const onNodeDragStart = useCallback<OnNodeDrag<PersonNode>>(
    (_event, node) => {
      setDraggedId(node.id);
      dragPosition.setState({ at: node.position });
      frameRef.current?.classList.add('mapper-canvas--dragging');
    },
    [dragPosition],
  );
  const onNodeDrag = useCallback<OnNodeDrag<PersonNode>>(
    (_event, node) => dragPosition.setState({ at: node.position }),
    [dragPosition],
  );
  const onNodeDragStop = useCallback<OnNodeDrag<PersonNode>>(
    (_event, node) => {
      setDraggedId(null);
      dragPosition.setState({ at: null });
      frameRef.current?.classList.remove('mapper-canvas--dragging');
      handlersRef.current?.drop(node.id, node.position);
    },
    [dragPosition],
  );
  const onConnect = useCallback(
    (c: Connection) => handlersRef.current?.connect(c.source, c.target),
    [],
  );
  const isValidConnection = useCallback((c: Connection | Edge) => {
    if (c.source === c.target) return false;
    return !mapRef.current.links.some(
      (l) =>
        (l.from === c.source && l.to === c.target) || (l.from === c.target && l.to === c.source),
    );
  }, []);
  const onDelete = useCallback(({ nodes }: { nodes: PersonNode[] }) => {
    const person = nodes[0];
    if (person) handlersRef.current?.remove({ kind: 'person', id: person.id });
  }, []);
  const onPaneClick = useCallback(() => handlersRef.current?.select(null), []);
  const onKeyDownCapture = useCallback((event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const step = arrowSteps[event.key];
    const id = target.classList.contains('react-flow__node') ? target.dataset.id : undefined;
    if (!step || !id || !handlersRef.current) return;
    // Arrow keys move a person a whole band, not React Flow's few pixels.
    event.preventDefault();
    event.stopPropagation();
    handlersRef.current.step(id, step);
  }, []);

  return (
    <div
      ref={frameRef}
      className={`mapper-canvas ${readOnly ? 'mapper-canvas--read-only' : ''} ${props.className ?? ''}`}
      role="region"
      aria-label={props.label}
      onKeyDownCapture={readOnly ? undefined : onKeyDownCapture}
    >
      <ReactFlow<PersonNode>
        nodes={current.nodes}
        nodeTypes={nodeTypes}
        onInit={fitCanvas}
        onNodesChange={onNodesChange}
        onNodeDragStart={onNodeDragStart}
        onNodeDrag={onNodeDrag}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        isValidConnection={isValidConnection}
        onDelete={onDelete}
        onPaneClick={onPaneClick}
        connectionMode={ConnectionMode.Loose}
        connectionRadius={36}
        deleteKeyCode={readOnly ? null : deleteKeys}
        multiSelectionKeyCode={null}
        selectionKeyCode={null}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        elementsSelectable={!readOnly}
        nodesFocusable={!readOnly}
        panOnDrag={!readOnly}
        zoomOnScroll={!readOnly}
        zoomOnDoubleClick={false}
        preventScrolling={!readOnly}
        minZoom={0.15}
        maxZoom={2.5}
      >
        <ViewportPortal>
          <BandLayer supplierLabel={props.supplierLabel} customerLabel={props.customerLabel} />
          <MapLines
            shapes={shapes}
            placed={placed}
            dragged={dragged}
            dragPosition={dragPosition}
            selectedId={selection?.kind === 'link' ? selection.id : null}
            actions={handlers}
          />
        </ViewportPortal>
      </ReactFlow>
    </div>
  );
});
