import { useMemo } from 'react';
import type { MapFrame } from '../../shared/domain/contact-map-layout';
import { DragLayer, type DragPosition, type DraggedPerson } from './drag-layer';
import { EdgeLayer, type EdgeActions } from './edge-layer';
import type { EdgeShape } from './flow-elements';

interface MapLinesProps {
  shapes: readonly EdgeShape[];
  frame: MapFrame;
  dragged: DraggedPerson | null;
  dragPosition: DragPosition;
  selectedId: string | null;
  actions?: EdgeActions;
}

/**
 * Every line of the map. While a card is dragged its lines move to the drag layer, above the
 * cards: the layer of all the other lines stays untouched, so a drag frame repaints a few
 * lines, not hundreds.
 */
export function MapLines({
  shapes,
  frame,
  dragged,
  dragPosition,
  selectedId,
  actions,
}: MapLinesProps) {
  const draggedId = dragged?.person.id;
  const { still, moving } = useMemo(() => {
    const touches = (e: EdgeShape) => e.from === draggedId || e.to === draggedId;
    return draggedId
      ? { still: shapes.filter((e) => !touches(e)), moving: shapes.filter(touches) }
      : { still: shapes, moving: [] };
  }, [shapes, draggedId]);
  return (
    <>
      <EdgeLayer
        shapes={still}
        width={frame.width}
        height={frame.height}
        selectedId={selectedId}
        actions={actions}
      />
      {dragged && (
        <DragLayer
          dragged={dragged}
          lines={moving}
          width={frame.width}
          height={frame.height}
          position={dragPosition}
        />
      )}
    </>
  );
}
