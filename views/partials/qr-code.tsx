// A QR code drawn inline (src/qr.ts gives the modules): presentation attributes only, which the
// CSP's style-src does not govern, and a white quiet zone of four modules as the standard asks, so
// it scans on coloured card or next to a frame.
const QUIET = 4;

export function QrCode(props: { qr: { text: string; size: number; path: string }; label: string; class?: string }) {
  const side = props.qr.size + 2 * QUIET;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`-${QUIET} -${QUIET} ${side} ${side}`}
      class={["qr", props.class].filter(Boolean).join(" ")}
      role="img"
      aria-label={props.label}
      shape-rendering="crispEdges"
    >
      <rect x={-QUIET} y={-QUIET} width={side} height={side} fill="#fff" />
      <path d={props.qr.path} fill="#000" />
    </svg>
  );
}
