// Real files of every allowed type, and hostile ones, made in the test (nothing binary in the repo).
import ExcelJS from "exceljs";
import JSZip from "jszip";
import sharp from "sharp";

const image = (format: "png" | "jpeg" | "webp", color = "#0d4a6b") =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: color } })[format]().toBuffer();

export const files = {
  png: (color?: string) => image("png", color),
  jpeg: () => image("jpeg"),
  webp: () => image("webp"),
  pdf: async () =>
    Buffer.from(
      "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
    ),
  docx: async () => {
    const zip = new JSZip();
    zip.file(
      "[Content_Types].xml",
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    );
    zip.file("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>');
    return zip.generateAsync({ type: "nodebuffer" });
  },
  xlsx: async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Mẫu").addRow(["Họ tên", "Đơn vị"]);
    return Buffer.from(await book.xlsx.writeBuffer());
  },
};

// What must never be stored, each under a name and a claimed type that would pass a naive check.
export const hostile = {
  "HTML named .png": { name: "anh.png", type: "image/png", bytes: async () => Buffer.from("<!doctype html><script>alert(document.cookie)</script>") },
  "SVG with a script": {
    name: "so-do.svg",
    type: "image/svg+xml",
    bytes: async () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  },
  "script named .pdf": { name: "van-ban.pdf", type: "application/pdf", bytes: async () => Buffer.from("fetch('/admin/users',{method:'POST'})") },
  "zip archive named .docx": {
    name: "mau.docx",
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    bytes: async () => {
      const zip = new JSZip();
      zip.file("readme.txt", "không phải văn bản Word");
      return zip.generateAsync({ type: "nodebuffer" });
    },
  },
  "GIF (not an allowed type)": { name: "anh.gif", type: "image/gif", bytes: async () => Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "binary") },
  "Windows program": { name: "hoso.pdf", type: "application/pdf", bytes: async () => Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200)]) },
  "empty file": { name: "trong.pdf", type: "application/pdf", bytes: async () => Buffer.alloc(0) },
  "PNG header then garbage": { name: "hong.png", type: "image/png", bytes: async () => Buffer.concat([Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"), Buffer.from("<html><script>x</script>")]) },
} as const;
