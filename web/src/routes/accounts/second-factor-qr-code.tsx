// The set-up QR code, drawn as an SVG <path> from uqr's module matrix. React
// elements rather than an SVG string: nothing inline for the CSP to refuse.
// Loaded with React.lazy, so only people setting up an app download the encoder.
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

export default function SecondFactorQrCode({ value }: { value: string }) {
  // A quiet zone of four modules, as the QR standard asks, so cameras find the edges.
  const { size, data } = encode(value, { ecc: "M", border: 4 });
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label="QR code to scan with your authenticator app"
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={pathOf(data)} fill="#000" />
    </svg>
  );
}
