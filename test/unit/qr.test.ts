// QR codes as an inline SVG path (issue 15, item 9): the path covers exactly the dark modules that
// the qrcode package computes for the text.
import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { darkRuns, qrMatrix } from "../../src/qr.js";

// The modules a path paints, read back from its "M{col} {row}h{n}v1h-{n}z" rectangles.
function painted(path: string): Set<string> {
  const out = new Set<string>();
  for (const [, col, row, n] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let i = 0; i < Number(n); i++) out.add(`${row},${Number(col) + i}`);
  }
  return out;
}

describe("darkRuns", () => {
  it("draws one rectangle per run of dark modules in a row", () => {
    const grid = ["##.#", "....", ".###", "#..#"];
    expect(darkRuns(4, (r, c) => grid[r]![c] === "#")).toBe("M0 0h2v1h-2zM3 0h1v1h-1zM1 2h3v1h-3zM0 3h1v1h-1zM3 3h1v1h-1z");
  });
});

describe("qrMatrix", () => {
  it("paints exactly the dark modules of the text's QR code", async () => {
    const url = "https://hoidap.ca.local/kb/12345";
    const qr = await qrMatrix(url);
    const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" });
    const dark = new Set<string>();
    for (let r = 0; r < modules.size; r++) for (let c = 0; c < modules.size; c++) if (modules.get(r, c)) dark.add(`${r},${c}`);
    expect(qr.text).toBe(url);
    expect(qr.size).toBe(modules.size);
    expect(painted(qr.path)).toEqual(dark);
    expect((await qrMatrix("https://hoidap.ca.local/kb/12346")).path).not.toBe(qr.path);
  });
});
