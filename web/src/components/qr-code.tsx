// A QR code drawn as an SVG <path> from uqr's module matrix: React elements
// rather than an SVG string, so nothing inline for the CSP to refuse. Import it
// with React.lazy, so only the pages that show one download the encoder.
import { encode } from "uqr";

/** One path segment per run of dark modules in a row: a far shorter path than one square each. */
function pathOf(modules: boolean[][]) {
  let path = "";
  modules.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      path += `M${start} ${y}h${x - start + 1}v1h-${x - start + 1}z`;
    }
  });
  return path;
}

export default function QrCode({ value, label, isLarge = false }: { value: string; label: string; isLarge?: boolean }) {
  // A quiet zone of four modules, as the QR standard asks, so cameras find the edges.
  const { size, data } = encode(value, { ecc: "M", border: 4 });
  return (
    <svg
      className={isLarge ? "qr-code qr-code-large" : "qr-code"}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={pathOf(data)} fill="#000" />
    </svg>
  );
}
