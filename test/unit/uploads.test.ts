import { crc32, deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { fileSize } from "../../src/domain/file-size.js";
import { checkUploads, cleanFileName } from "../../src/services/uploads.js";

const LIMITS = { attachmentMaxBytes: 10 * 1024 * 1024, attachmentMaxFiles: 5 };
const file = (bytes: Uint8Array, name: string) => new File([new Uint8Array(bytes)], name);

describe("cleanFileName", () => {
  it("keeps the Vietnamese name and drops paths, control and direction characters", () => {
    expect(cleanFileName("Biên bản xác minh.pdf")).toBe("Biên bản xác minh.pdf");
    expect(cleanFileName("..\\..\\Windows\\evil.pdf")).toBe("evil.pdf");
    expect(cleanFileName("/etc/passwd")).toBe("passwd");
    expect(cleanFileName("a\r\nb.pdf")).toBe("ab.pdf"); // no header splitting
    expect(cleanFileName("hoa-don\u202Efdp.exe")).toBe("hoa-donfdp.exe"); // a right-to-left override would show "exe.pdf"
    expect(cleanFileName("   ")).toBe("tep-dinh-kem");
    expect(cleanFileName("x".repeat(500) + ".pdf")).toHaveLength(200);
  });
  it("writes NFC, so the same name typed on two systems is the same text", () => {
    expect(cleanFileName("Biên bản.pdf".normalize("NFD"))).toBe("Biên bản.pdf");
  });
});

describe("checkUploads", () => {
  it("refuses an image that claims more pixels than any camera takes (a decompression bomb)", async () => {
    // A complete, valid 8,000 × 8,000 grey PNG (64 megapixels) that weighs 70 KB.
    const chunk = (type: string, data: Buffer) => {
      const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
      const length = Buffer.alloc(4);
      length.writeUInt32BE(data.length);
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(crc32(body));
      return Buffer.concat([length, body, crc]);
    };
    const ihdr = Buffer.alloc(13);
    const side = 8_000;
    ihdr.writeUInt32BE(side, 0);
    ihdr.writeUInt32BE(side, 4);
    ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit grey
    const pixels = deflateSync(Buffer.alloc(side * (side + 1)), { level: 9 }); // each row: filter byte + pixels
    const huge = Buffer.concat([Buffer.from("89504e470d0a1a0a", "hex"), chunk("IHDR", ihdr), chunk("IDAT", pixels), chunk("IEND", Buffer.alloc(0))]);
    expect(huge.length).toBeLessThan(200_000);
    const result = await checkUploads([file(huge, "to.png")], LIMITS);
    expect(result.uploads).toEqual([]);
    expect(result.problems).toEqual(["Ảnh “to.png” bị hỏng, không mở được."]);
  });
  it("shows sizes as people read them", () => {
    expect(fileSize(300)).toBe("1 KB");
    expect(fileSize(250 * 1024)).toBe("250 KB");
    expect(fileSize(2.5 * 1024 * 1024)).toBe("2,5 MB");
    expect(fileSize(10 * 1024 * 1024)).toBe("10 MB");
    // Just over a limit never reads as the limit: 11,000,000 bytes is 10.49 MiB.
    expect(fileSize(11_000_000)).toBe("10,5 MB");
    expect(fileSize(10 * 1024 * 1024 + 1)).toBe("10,1 MB");
  });
});
