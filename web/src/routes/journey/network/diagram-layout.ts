// Where each connection sits on the diagram: on the ring for how close it is,
// at its own angle, with connections of one kind side by side so groups (family,
// the recovery community…) read as one slice of the person's life. Positions are
// percentages of a square, so the diagram scales to any phone.
import { type Connection, kindOrder } from "./vocabulary";

export const centre = 50;
/** Ring radii (percent of the square) for closeness 1, 2 and 3. */
export const ringRadius: Record<number, number> = { 1: 16, 2: 30, 3: 43 };

export interface PlacedConnection {
  connection: Connection;
  x: number;
  y: number;
}

export interface KindBoundary {
  /** Where one kind's slice starts, in degrees clockwise from the top. */
  angle: number;
}

/** A point `radius` from the middle, `angleDegrees` clockwise from the top. */
export const pointAt = (angleDegrees: number, radius: number) => {
  const radians = ((angleDegrees - 90) * Math.PI) / 180;
  return { x: centre + radius * Math.cos(radians), y: centre + radius * Math.sin(radians) };
};

export function placeConnections(connections: readonly Connection[]) {
  const sorted = [...connections].sort(
    (a, b) =>
      kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
      a.closeness - b.closeness ||
      (a.label ?? "").localeCompare(b.label ?? ""),
  );
  const step = 360 / Math.max(sorted.length, 1);
  const placed: PlacedConnection[] = sorted.map((connection, index) => ({
    connection,
    ...pointAt(index * step, ringRadius[connection.closeness] ?? ringRadius[3]!),
  }));
  // A faint line between kinds, halfway between the last of one and the first of the next.
  const boundaries: KindBoundary[] =
    sorted.length < 2
      ? []
      : sorted.flatMap((connection, index) => {
          const previous = sorted[(index - 1 + sorted.length) % sorted.length]!;
          return previous.kind === connection.kind ? [] : [{ angle: index * step - step / 2 }];
        });
  return { placed, boundaries };
}
