import type PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

/**
 * Draws `text` as a QR code of `size` points at (x, y) with vector rectangles, one per horizontal run of dark
 * modules, filled at once: smaller and faster than rendering a PNG and embedding it, and sharp at any zoom.
 * Error correction M survives a crease or a stain on a printed copy.
 */
export function drawQrCode(doc: PDFDocument, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 2; // modules of margin on each side, within `size`
  const module = size / (modules.size + 2 * quiet);
  doc.save();
  for (let row = 0; row < modules.size; row += 1) {
    let column = 0;
    while (column < modules.size) {
      if (!modules.get(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < modules.size && modules.get(row, column)) column += 1;
      doc.rect(x + (start + quiet) * module, y + (row + quiet) * module, (column - start) * module, module);
    }
  }
  doc.fill('#000000');
  doc.restore();
}
