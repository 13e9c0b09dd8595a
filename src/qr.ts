// QR codes drawn as data for an inline <svg> (views/partials/qr-code.tsx): no image request, no
// inline style, nothing for the CSP to refuse, and the code prints as sharp as the text around it.
// qrcode is loaded on first use, like the printed sheet's image.

interface QrMatrix {
  text: string; // what the code encodes
  size: number; // modules per side, without the quiet zone
  path: string; // the dark modules, one rectangle per run in a row, in module units
}

// "M" recovers from ~15 % damage: a pinned sheet gets creased and scribbled on.
export async function qrMatrix(text: string): Promise<QrMatrix> {
  const { default: QRCode } = await import("qrcode");
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  return { text, size: modules.size, path: darkRuns(modules.size, (row, col) => modules.get(row, col) === 1) };
}

// Horizontal runs of dark modules as "M{col} {row}h{run}v1h-{run}z": about a third of the length
// of one square per module.
export function darkRuns(size: number, dark: (row: number, col: number) => boolean): string {
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!dark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && dark(row, col)) col++;
      parts.push(`M${start} ${row}h${col - start}v1h-${col - start}z`);
    }
  }
  return parts.join("");
}
