import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrMatrix } from '../../../renderer/presenter/room/qr-matrix';

/** Draws a matrix as RGBA pixels with a quiet zone, as a camera would see the projector. */
function pixels(matrix: boolean[][], scale = 4, quiet = 4) {
  const size = (matrix.length + 2 * quiet) * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const i = (((y + quiet) * scale + dy) * size + (x + quiet) * scale + dx) * 4;
          data[i] = data[i + 1] = data[i + 2] = 0;
        }
    }),
  );
  return { data, size };
}

describe('the join slide’s QR code', () => {
  it('carries the join address with the room code, read back by a QR reader', () => {
    const url = 'http://127.0.0.2:4880/room/?code=K7M4PX';
    const { data, size } = pixels(qrMatrix(url));
    expect(jsQR(data, size, size)?.data).toBe(url);
  });
});
