import {
  ConnectionMode,
  ReactFlow,
  ViewportPortal,
  applyNodeChanges,
  useReactFlow,
  useStoreApi,
  type Connection,
  type Edge,
  type NodeChange,
  type OnNodeDrag,
  type ReactFlowInstance,
} from '@xyflow/react';
import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import {
  layoutContactMap,
  type MapFrame,
  type MapLayout,
  type Point,
} from '../../shared/domain/contact-map-layout';
import type { ContactMap, Person } from '../../shared/domain/contact-map';
import { BandLabels, BandLayer } from './band-layer';
import { createDragPosition } from './drag-layer';
import { edgeShapes, reconcileNodes, type MapSelection, type PersonNode } from './flow-elements';
import { keepFocusBeside } from './keep-focus';
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
  /** A person was opened from the keyboard (Enter): select them and take focus to their panel. */
  open?(id: string): void;
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
  /** The map laid out, when the caller has it already; else the canvas lays the map out. */
  layout?: MapLayout;
  className?: string;
}

const nodeTypes = { person: PersonNodeView };
const deleteKeys = new Set(['Backspace', 'Delete']);
const openKeys = new Set(['Enter', ' ']);
const arrowSteps: Record<string, BandStep> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'across',
  ArrowRight: 'across',
};

/** Fits both organisations, all four bands, into the view: the whole model, even when empty. */
export function fitCanvas(
  instance: Pick<ReactFlowInstance, 'fitBounds'>,
  frame: Pick<MapFrame, 'width' | 'height'>,
): void {
  void instance.fitBounds(
    { x: 0, y: 0, width: frame.width, height: frame.height },
    { padding: 0.03 },
  );
}

/** Fits the view again when the map grows or shrinks, so every card and line stays in view. */
function FitOnResize({ width, height }: Pick<MapFrame, 'width' | 'height'>) {
  const flow = useReactFlow();
  const fitted = useRef({ width, height });
  useEffect(() => {
    if (fitted.current.width === width && fitted.current.height === height) return;
    fitted.current = { width, height };
    fitCanvas(flow, { width, height });
  }, [flow, width, height]);
  return null;
}

/**
 * Keeps the frame's --map-zoom at the view's zoom, so the cards' dots stay a finger wide on
 * screen (map-canvas.css). Written straight to the frame: a zoom re-renders nothing.
 */
function ZoomVariable({ frame }: { frame: RefObject<HTMLDivElement | null> }) {
  const store = useStoreApi();
  useEffect(() => {
    let zoom = 0;
    const write = (next: number) => {
      if (next === zoom) return;
      zoom = next;
      frame.current?.style.setProperty('--map-zoom', String(zoom));
    };
    write(store.getState().transform[2]);
    return store.subscribe((state) => write(state.transform[2]));
  }, [store, frame]);
  return null;
}

/**
 * The people in the order they sit on the map, which is the order Tab visits their cards: the
 * supplier's side, then the customer's, each from the top down and left to right.
 */
function inMapOrder(people: readonly Person[], placed: Readonly<Record<string, Point>>): Person[] {
  const at = (p: Person) => placed[p.id] ?? { x: 0, y: 0 };
  return [...people].sort(
    (a, b) =>
      Number(a.side === 'customer') - Number(b.side === 'customer') ||
      at(a).y - at(b).y ||
      at(a).x - at(b).x,
  );
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
    nodes: reconcileNodes(previous?.nodes ?? [], inMapOrder(map.people, placed), placed, {
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
  const own = useMemo(
    () => (props.layout ? null : layoutContactMap(map, map.positions)),
    [props.layout, map],
  );
  const layout = props.layout ?? own!;
  const { frame } = layout;
  const placed = layout.cards;
  const [draggedId, setDraggedId] = useState<string | null>(null);
  const inputs = useMemo(
    () => ({ map, placed, selection, highlightId, draggedId }),
    [map, placed, selection, highlightId, draggedId],
  );
  const shapes = useMemo(
    () => edgeShapes(map.people, map.links, layout.routes),
    [map, layout.routes],
  );
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
  const frameSize = useRef(frame);
  frameSize.current = frame;
  const onInit = useCallback(
    (instance: ReactFlowInstance<PersonNode>) => fitCanvas(instance, frameSize.current),
    [],
  );

  const onNodesChange = useCallback((changes: NodeChange<PersonNode>[]) => {
    const chosen = changes.find((c) => c.type === 'select' && c.selected);
    if (chosen && chosen.type === 'select')
      handlersRef.current?.select({ kind: 'person', id: chosen.id });
    // Measurements stay local. Moves are not applied: the drag layer draws a dragged card, and
    // a person is removed by the keys on their card (onKeyDownCapture), as one change.
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
  const onPaneClick = useCallback(() => handlersRef.current?.select(null), []);
  // Keys on a focused card: arrows move the person a whole band (not React Flow's few pixels),
  // Delete or Backspace deletes them, Enter opens their panel.
  const onKeyDownCapture = useCallback((event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const id = target.classList.contains('react-flow__node') ? target.dataset.id : undefined;
    const actions = handlersRef.current;
    if (!id || !actions) return;
    const step = arrowSteps[event.key];
    if (step) actions.step(id, step);
    else if (deleteKeys.has(event.key)) {
      keepFocusBeside(target);
      actions.remove({ kind: 'person', id });
    } else if (openKeys.has(event.key) && actions.open) actions.open(id);
    else return;
    event.preventDefault();
    event.stopPropagation();
  }, []);

  return (
    <div
      ref={frameRef}
      className={`mapper-canvas ${readOnly ? 'mapper-canvas--read-only' : ''} ${props.className ?? ''}`}
      role="region"
      aria-label={props.label}
      // The frame takes the map's shape, so "fit" fills it however the bands have grown.
      style={{ aspectRatio: `${frame.width} / ${frame.height}` }}
      onKeyDownCapture={readOnly ? undefined : onKeyDownCapture}
    >
      <ReactFlow<PersonNode>
        nodes={current.nodes}
        nodeTypes={nodeTypes}
        onInit={onInit}
        onNodesChange={onNodesChange}
        onNodeDragStart={onNodeDragStart}
        onNodeDrag={onNodeDrag}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        isValidConnection={isValidConnection}
        onPaneClick={onPaneClick}
        connectionMode={ConnectionMode.Loose}
        connectionRadius={36}
        deleteKeyCode={null}
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
        minZoom={0.05}
        maxZoom={2.5}
      >
        {!readOnly && <ZoomVariable frame={frameRef} />}
        <FitOnResize width={frame.width} height={frame.height} />
        <ViewportPortal>
          <BandLayer
            frame={frame}
            supplierLabel={props.supplierLabel}
            customerLabel={props.customerLabel}
          />
          <MapLines
            shapes={shapes}
            frame={frame}
            dragged={dragged}
            dragPosition={dragPosition}
            selectedId={selection?.kind === 'link' ? selection.id : null}
            actions={handlers}
          />
          <BandLabels frame={frame} />
        </ViewportPortal>
      </ReactFlow>
    </div>
  );
});
