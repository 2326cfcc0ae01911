// How the map has grown, drawn from its daily snapshots: connections, the share
// that are supportive, and recovery-community connections, with a summary in words.
import { useId } from "react";
import { LineChart } from "../../../components/charts/line-chart";
import { todayInLondon } from "../../directory/dates";
import { growthSummary } from "./growth-summary";
import type { NetworkPoint } from "./vocabulary";

const shortDate = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const asLabel = (isoDate: string) => shortDate.format(new Date(`${isoDate}T00:00:00Z`));
/** A round top for a count axis, so 7 connections do not touch the top of the chart. */
const roundedMax = (values: number[]) => Math.max(5, Math.ceil((Math.max(0, ...values) + 1) / 5) * 5);

interface NetworkGrowthProps {
  points: readonly NetworkPoint[];
  isOwn: boolean;
  /** 3 when shown inside another page's section (someone's journey). */
  headingLevel?: 2 | 3;
}

export function NetworkGrowth({ points, isOwn, headingLevel = 2 }: NetworkGrowthProps) {
  const headingId = useId();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const counts = points.map((p) => p.connectionCount);
  const community = points.map((p) => p.recoveryCommunityCount);
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId}>How {isOwn ? "your" : "their"} map has grown</Heading>
      <p role="status" data-testid="network-growth-summary">
        {growthSummary(points, todayInLondon(), isOwn)}
      </p>
      {points.length > 0 && (
        <>
          <LineChart
            title="Connections on the map"
            description="The number of people and groups on the map, on each day it changed."
            series={[{ name: "Connections", points: points.map((p) => ({ x: asLabel(p.on), y: p.connectionCount })) }]}
            yMin={0}
            yMax={roundedMax(counts)}
          />
          <LineChart
            title="Share that are supportive"
            description="Supportive connections as a percentage of everyone on the map, on each day it changed."
            series={[
              {
                name: "Supportive",
                points: points.map((p) => ({
                  x: asLabel(p.on),
                  y: p.supportiveShare === null ? null : Math.round(p.supportiveShare * 100),
                })),
              },
            ]}
            yMin={0}
            yMax={100}
            formatY={(value) => `${value}%`}
          />
          <LineChart
            title="Recovery community connections"
            description="Mentors, mutual-aid groups, recovery cafés, walks and volunteering teams on the map."
            series={[
              {
                name: "Recovery community",
                points: points.map((p) => ({ x: asLabel(p.on), y: p.recoveryCommunityCount })),
              },
            ]}
            yMin={0}
            yMax={roundedMax(community)}
          />
        </>
      )}
    </section>
  );
}
