import { useMemo } from 'react';
import { qrMatrix } from './qr-matrix';

/** Light modules around the code that scanners need to find it. */
const QUIET_ZONE = 4;

/** A QR code as one SVG path: crisp at any size on the projector. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => {
    const matrix = qrMatrix(text);
    const cells = matrix.flatMap((row, y) =>
      row.flatMap((dark, x) => (dark ? [`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`] : [])),
    );
    return { size: matrix.length + 2 * QUIET_ZONE, path: cells.join('') };
  }, [text]);
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
