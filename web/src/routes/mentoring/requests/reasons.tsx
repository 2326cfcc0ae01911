// Why a mentor was suggested, inside a checkbox's label: each reason on its own
// line, as spans, because a label may hold only phrasing content (no list).
export function Reasons({ reasons }: { reasons: readonly string[] }) {
  return reasons.map((reason) => (
    <span key={reason} className="pair-reasons">
      {reason}
    </span>
  ));
}
