// The map drawn: the person in the middle, three rings for how close, and each
// connection on its ring. Influence is told by shape and by words (●, ◆, ▲ and
// the legend); the line to the middle is solid, dashed or dotted too. When the
// map can be changed, each connection is a real button (Tab to it, Enter to open).
import { centre, placeConnections, pointAt, ringRadius } from "./diagram-layout";
import {
  type Connection,
  closenessWords,
  type Influence,
  influenceOrder,
  influenceWords,
  inSentence,
  kindLabels,
} from "./vocabulary";

const spokeDash: Record<Influence, string | undefined> = { SUPPORTIVE: undefined, NEUTRAL: "2 1.5", USING: "0.6 1.2" };

export function InfluenceShape({ influence, size = 18 }: { influence: Influence; size?: number }) {
  return (
    <svg viewBox="0 0 20 20" width={size} height={size} aria-hidden="true" className={`influence-${influence}`}>
      {influence === "SUPPORTIVE" && <circle cx="10" cy="10" r="8" />}
      {influence === "NEUTRAL" && <polygon points="10,1 19,10 10,19 1,10" />}
      {influence === "USING" && <polygon points="10,1 19,18 1,18" />}
    </svg>
  );
}

interface NetworkDiagramProps {
  connections: readonly Connection[];
  /** Who is in the middle ("You", or the person's name). */
  centreLabel: string;
  /** When given, each connection is a button that opens it for changing. */
  onOpen?: (connection: Connection) => void;
}

export function NetworkDiagram({ connections, centreLabel, onOpen }: NetworkDiagramProps) {
  const { placed, boundaries } = placeConnections(connections);
  return (
    <figure className="network-figure">
      <div className="network-diagram">
        <svg viewBox="0 0 100 100" className="network-rings" aria-hidden="true">
          {[3, 2, 1].map((ring) => (
            <circle key={ring} cx={centre} cy={centre} r={ringRadius[ring]} className="network-ring" />
          ))}
          {boundaries.map(({ angle }) => {
            const end = pointAt(angle, 48);
            return <line key={angle} x1={centre} y1={centre} x2={end.x} y2={end.y} className="network-boundary" />;
          })}
          {placed.map(({ connection, x, y }) => (
            <line
              key={connection.id}
              x1={centre}
              y1={centre}
              x2={x}
              y2={y}
              className={`network-spoke influence-${connection.influence}`}
              strokeDasharray={spokeDash[connection.influence]}
            />
          ))}
          <circle cx={centre} cy={centre} r={8} className="network-centre" />
          <text x={centre} y={centre} textAnchor="middle" dominantBaseline="middle" className="network-centre-label">
            {centreLabel.length > 9 ? `${centreLabel.slice(0, 8)}…` : centreLabel}
          </text>
        </svg>
        {placed.map(({ connection, x, y }) => {
          const style = { left: `${x}%`, top: `${y}%` };
          const inside = (
            <>
              <InfluenceShape influence={connection.influence} />
              <span className="network-node-label">{connection.label ?? "Unnamed"}</span>
              {/* The button's name is its words, seen and unseen: who, what kind, influence, how close. */}
              <span className="visually-hidden">, {inSentence(kindLabels[connection.kind])}, </span>
              <span className="network-node-influence">{influenceWords[connection.influence].label}</span>
              <span className="visually-hidden">
                , {closenessWords[connection.closeness]?.label.toLowerCase()}. Change
              </span>
            </>
          );
          return onOpen ? (
            <button
              key={connection.id}
              type="button"
              className="network-node"
              style={style}
              onClick={() => onOpen(connection)}
              data-connection-id={connection.id}
            >
              {inside}
            </button>
          ) : (
            <span key={connection.id} className="network-node" style={style} aria-hidden="true">
              {inside}
            </span>
          );
        })}
      </div>
      <figcaption>
        <NetworkLegend />
      </figcaption>
      <ConnectionsInWords connections={connections} />
    </figure>
  );
}

function NetworkLegend() {
  return (
    <ul className="network-legend">
      {influenceOrder.map((influence) => (
        <li key={influence}>
          <InfluenceShape influence={influence} size={14} /> <strong>{influenceWords[influence].label}</strong>:{" "}
          {influenceWords[influence].meaning}
        </li>
      ))}
      <li>Rings, from the middle: very close, close, further away.</li>
    </ul>
  );
}

/** The whole map as text, ring by ring: what the drawing shows, for anyone who can't see it. */
function ConnectionsInWords({ connections }: { connections: readonly Connection[] }) {
  return (
    <details className="chart-numbers">
      <summary>Show the map in words</summary>
      {[1, 2, 3].map((ring) => {
        const onRing = connections.filter((connection) => connection.closeness === ring);
        return (
          <div key={ring}>
            <p className="network-ring-heading">{closenessWords[ring]!.label}</p>
            {onRing.length === 0 ? (
              <p>No one yet.</p>
            ) : (
              <ul className="plain-list">
                {onRing.map((connection) => (
                  <li key={connection.id}>
                    {influenceWords[connection.influence].symbol} {connection.label ?? "Unnamed"} (
                    {inSentence(kindLabels[connection.kind])},{" "}
                    {influenceWords[connection.influence].label.toLowerCase()})
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </details>
  );
}
