// Content-Disposition of downloads: the real name for clients that read filename*, a plain one for the rest.
import { describe, expect, it } from "vitest";
import { disposition } from "../../src/download.js";

describe("disposition", () => {
  it("gives a Vietnamese name in filename* and without marks in filename=", () => {
    expect(disposition("Biên bản đối chiếu.pdf", "inline")).toBe(
      `inline; filename="Bien ban doi chieu.pdf"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20%C4%91%E1%BB%91i%20chi%E1%BA%BFu.pdf`,
    );
  });

  it("writes an ASCII name once, as an attachment by default", () => {
    expect(disposition("nhat-ky_2026-11-10.csv")).toBe(`attachment; filename="nhat-ky_2026-11-10.csv"`);
  });

  it("never lets a quote or a character outside ASCII into filename=", () => {
    expect(disposition('báo "cáo" 한.csv')).toMatch(/^attachment; filename="bao _cao_ _+\.csv"; filename\*=UTF-8''/);
  });
});
