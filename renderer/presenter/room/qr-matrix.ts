import qrcode from 'qrcode-generator';

/**
 * The dark and light modules of a QR code for a text, drawn here from the text alone (no
 * network, no service). Medium error correction: a projector's glare or a shaky phone still reads.
 */
export function qrMatrix(text: string): boolean[][] {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, col) => code.isDark(row, col)),
  );
}
