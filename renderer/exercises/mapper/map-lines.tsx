import { useMemo } from 'react';
import type { Point } from '../../../shared/domain/contact-map-layout';
import { EdgeLayer, type EdgeActions } from './edge-layer';
import type { EdgeShape, PersonNode } from './flow-elements';

interface MapLinesProps {
  shapes: readonly EdgeShape[];
  /** The saved positions. */
  placed: Record<string, Point>;
  /** The cards as they are now, a dragged one included. */
  nodes: readonly PersonNode[];
  draggingId: string | null;
  selectedId: string | null;
  actions?: EdgeActions;
}

/**
 * Every line of the map. While a card is dragged its lines move to a small layer of their own,
 * above the cards and composited apart from them: the layer of all the other lines stays
 * untouched, so a drag frame repaints a few lines, not hundreds, and the browser has no large
 * layer to re-composite.
 */
export function MapLines({
  shapes,
  placed,
  nodes,
  draggingId,
  selectedId,
  actions,
}: MapLinesProps) {
  const { still, moving } = useMemo(() => {
    const touches = (e: EdgeShape) => e.from === draggingId || e.to === draggingId;
    return draggingId
      ? { still: shapes.filter((e) => !touches(e)), moving: shapes.filter(touches) }
      : { still: shapes, moving: [] };
  }, [shapes, draggingId]);
  const dragged = draggingId ? nodes.find((n) => n.id === draggingId) : undefined;
  return (
    <>
      <EdgeLayer shapes={still} at={placed} selectedId={selectedId} actions={actions} />
      {dragged && moving.length > 0 && (
        <EdgeLayer
          className="edge-layer--moving"
          shapes={moving}
          at={placed}
          moved={{ id: dragged.id, at: dragged.position }}
          selectedId={null}
        />
      )}
    </>
  );
}
