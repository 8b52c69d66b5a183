import { ReactFlowProvider } from '@xyflow/react';
import type { ContactMap } from '../../shared/domain/contact-map';
import { MapCanvas } from './map-canvas';

interface ReadOnlyMapProps {
  map: ContactMap;
  supplierLabel: string;
  customerLabel: string;
  label: string;
  size?: 'small' | 'large';
}

/**
 * A contact map to look at, not edit: the same renderer as the editor, with its own React Flow
 * store so it never shares a viewport with an editor on the same page.
 */
export function ReadOnlyMap({ size = 'small', ...props }: ReadOnlyMapProps) {
  return (
    <ReactFlowProvider>
      <MapCanvas {...props} className={`mapper-canvas--${size}`} />
    </ReactFlowProvider>
  );
}
