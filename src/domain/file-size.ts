// A file's size in words for the people who pick it: "250 KB", "2,5 MB" (Vietnamese decimal comma).
// Rounded up, so a file just over the limit never reads as the limit itself ("10 MB (10 MB)").
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
  const tenths = Math.ceil((bytes / (1024 * 1024)) * 10 - 1e-9);
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1).replace(".", ",")} MB`;
}
