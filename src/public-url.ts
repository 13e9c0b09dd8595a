// Addresses printed on paper (QR codes on sheets, the booklet, the poster) must open the desk from an
// officer's phone at a ward office, not only on the machine that printed them. PUBLIC_URL says how
// officers reach the desk (behind a proxy: its public name, perhaps with a path prefix); without it
// the address the printing browser used is the best guess.
export function deskLink(publicUrl: string | null, requestUrl: string, path: `/${string}`): string {
  const base = publicUrl ?? new URL(requestUrl).origin;
  return `${base.replace(/\/+$/, "")}${path}`;
}
