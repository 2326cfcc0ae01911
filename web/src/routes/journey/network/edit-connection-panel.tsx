// The panel a node opens: change how someone is for the person's recovery or how
// close they are, or take them off the map (they stay in the map's history).
import { useEffect, useRef } from "react";
import { RemoveConnectionMutation, UpdateConnectionMutation } from "../../../graphql/journey-network";
import { request } from "../../../lib/graphql-client";
import { ActionProblem, useAction } from "../../mentoring/use-action";
import { ConnectionForm } from "./connection-form";
import type { Connection } from "./vocabulary";

interface EditConnectionPanelProps {
  connection: Connection;
  onDone: (message: string) => void;
  onClose: () => void;
}

export function EditConnectionPanel({ connection, onDone, onClose }: EditConnectionPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const removing = useAction();
  const name = connection.label ?? "this connection";
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <section className="card network-edit" aria-labelledby="network-edit-heading">
      <h2 id="network-edit-heading" ref={headingRef} tabIndex={-1}>
        Change {name}
      </h2>
      <ConnectionForm
        key={connection.id}
        initial={connection}
        submitLabel="Save changes"
        onSave={async (input) => {
          await request(UpdateConnectionMutation, { id: connection.id, input });
          onDone(`Saved. ${input.label} is on your map as you described.`);
        }}
      />
      <div className="actions">
        <button
          type="button"
          className="button-secondary"
          disabled={removing.isPending}
          onClick={async () => {
            if (await removing.run(() => request(RemoveConnectionMutation, { id: connection.id }))) {
              onDone(`${name} is off your map. Your map's history still shows when they were on it.`);
            }
          }}
        >
          Take {name} off my map
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>
          Close
        </button>
      </div>
      <ActionProblem problem={removing.problem} />
    </section>
  );
}
