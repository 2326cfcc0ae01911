// /journey/network: the person's own map of the people and groups in their life.
// Open a connection on the diagram to change it, add someone, take up suggestions
// from their time on Kinship, and see how the map has grown.
import { useRef, useState } from "react";
import { Link } from "wouter";
import { LoadFailed } from "../../../components/load-failed";
import { Page } from "../../../components/page";
import { AddConnectionMutation, MyNetworkQuery } from "../../../graphql/journey-network";
import { request } from "../../../lib/graphql-client";
import { useQuery } from "../../../lib/use-query";
import { ConnectionForm } from "./connection-form";
import { EditConnectionPanel } from "./edit-connection-panel";
import { NetworkCountsLine } from "./network-counts-line";
import { NetworkDiagram } from "./network-diagram";
import { NetworkGrowth } from "./network-growth";
import { SuggestionList } from "./suggestion-list";
import type { Connection } from "./vocabulary";

export function NetworkPage() {
  const { state, reload } = useQuery(MyNetworkQuery);
  const [message, setMessage] = useState<string | null>(null);
  const [opened, setOpened] = useState<Connection | null>(null);
  const [formKey, setFormKey] = useState(0);
  const messageRef = useRef<HTMLParagraphElement>(null);
  if (state.status === "loading") return <p role="status">Loading your network map…</p>;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  const { networkMap, networkGrowth, networkSuggestions } = state.data;

  const say = (text: string) => {
    setMessage(text);
    setOpened(null);
    reload();
    requestAnimationFrame(() => messageRef.current?.focus());
  };
  const close = () => {
    const id = opened?.id;
    setOpened(null);
    // Back to the node that opened the panel, so keyboard users keep their place.
    requestAnimationFrame(() =>
      document.querySelector<HTMLButtonElement>(`.network-node[data-connection-id="${id}"]`)?.focus(),
    );
  };

  return (
    <Page title="Your network map">
      <p>
        The people and groups in your life, and how they are for your recovery. Only you see it, unless you choose to
        share your journey with your mentor or your service.
      </p>
      <p ref={messageRef} tabIndex={-1} className={message ? "notice" : "visually-hidden"} role="status">
        {message}
      </p>
      <NetworkCountsLine counts={networkMap.counts} isOwn />
      {networkMap.connections.length > 0 && <p className="hint">Choose anyone on the map to change them.</p>}
      <NetworkDiagram connections={networkMap.connections} centreLabel="You" onOpen={setOpened} />
      {opened && <EditConnectionPanel connection={opened} onDone={say} onClose={close} />}
      <section aria-labelledby="network-add">
        <h2 id="network-add">Add someone or a group</h2>
        <ConnectionForm
          key={formKey}
          submitLabel="Add to my map"
          onSave={async (input) => {
            const { addConnection } = await request(AddConnectionMutation, { input });
            setFormKey((key) => key + 1);
            say(`${addConnection.label ?? "They"} ${addConnection.label ? "is" : "are"} on your map.`);
          }}
        />
      </section>
      <SuggestionList suggestions={networkSuggestions} onDone={say} />
      <NetworkGrowth points={networkGrowth} isOwn />
      <p>
        <Link href="/journey">Your journey</Link>
      </p>
    </Page>
  );
}
