// Proposals for a whole waiting list at once: the pairs with the highest total
// score that break no hard constraint and give no mentor more new people than
// they have room for. Taking the best pair first (see greedy-assignment.ts) can
// hand one person a slightly better mentor and leave another with a far worse one
// or none; this finds the true best as a minimum-cost flow.
import type { MatchWeights } from "@kinship/db/schema";
import { type AssignmentResult, assignmentResult, eligiblePairs, type PairTable } from "./eligible-pairs";
import { NodeHeap } from "./node-heap";
import type { MentorCandidate, Seeker } from "./types";

export type { Assignment, AssignmentResult } from "./eligible-pairs";

export function assignBatch(
  seekers: readonly Seeker[],
  candidates: readonly MentorCandidate[],
  weights: MatchWeights,
): AssignmentResult {
  const pairs = eligiblePairs(seekers, candidates, weights);
  return assignmentResult(seekers, candidates, pairs, bestAssignment(pairs, seekers.length, candidates.length));
}

/**
 * Successive shortest paths, Dijkstra on reduced costs (Johnson potentials), over
 * integer costs. The network: seeker → allowed mentor (capacity 1, cost
 * K·(1000 − score in tenths)), mentor → sink (capacity = room, cost 0), and seeker
 * → sink directly at K·1000 + 1, "stays on the waiting list", worth a score of 0.
 * That last arc means every seeker can always be routed, so a mentor is only used
 * when it adds score; K = seekers + 1 makes its +1 a tie-break alone: of two answers
 * with the same total, the one that helps more people wins (all-zero weights still
 * match everyone they can).
 * Seekers join one at a time. The shortest path from the newcomer may move earlier
 * seekers to other mentors, or back to the list, when that raises the total; each
 * step leaves a minimum-cost flow, so the last one is the best assignment.
 * Dijkstra stops at the sink and the per-seeker path usually ends at the first
 * mentor with room, so most steps touch one seeker's pairs only.
 */
function bestAssignment(pairs: PairTable, seekerCount: number, mentorCount: number): Int32Array {
  const { firstPair, seekerOf, mentorOf, tenths } = pairs;
  const scale = seekerCount + 1;
  const pairCost = (pair: number) => scale * (1000 - tenths[pair]!);
  const stayCost = scale * 1000 + 1;
  // Nodes: seekers 0…n−1, mentors n…n+m−1, then the sink.
  const sink = seekerCount + mentorCount;
  const potential = new Float64Array(sink + 1);
  const distance = new Float64Array(sink + 1).fill(Number.POSITIVE_INFINITY);
  const isSettled = new Uint8Array(sink + 1);
  // The pair a mentor or seeker was reached through; for the sink, the node it was reached from.
  const reachedBy = new Int32Array(sink + 1);
  const touched = new Int32Array(sink + 1);
  let touchedCount = 0;
  const heap = new NodeHeap(sink + 1);
  const chosenPair = new Int32Array(seekerCount).fill(-1);
  const roomLeft = Int32Array.from(pairs.spare);
  // The pairs each mentor holds now: the only mentor → seeker arcs with capacity left.
  const firstSlot = new Int32Array(mentorCount + 1);
  for (let mentor = 0; mentor < mentorCount; mentor++)
    firstSlot[mentor + 1] = firstSlot[mentor]! + pairs.spare[mentor]!;
  const held = new Int32Array(firstSlot[mentorCount]!);
  const heldCount = new Int32Array(mentorCount);

  const reach = (node: number, through: number, newDistance: number) => {
    if (isSettled[node] || newDistance >= distance[node]!) return;
    if (distance[node] === Number.POSITIVE_INFINITY) touched[touchedCount++] = node;
    distance[node] = newDistance;
    reachedBy[node] = through;
    heap.set(node, newDistance);
  };

  for (let start = 0; start < seekerCount; start++) {
    if (firstPair[start] === firstPair[start + 1]) continue; // no allowed mentor: stays on the list
    // The newcomer carries no flow yet, so its potential is ours to pick: the least that keeps its arcs ≥ 0.
    let startPotential = potential[sink]! - stayCost;
    for (let pair = firstPair[start]!; pair < firstPair[start + 1]!; pair++) {
      startPotential = Math.max(startPotential, potential[seekerCount + mentorOf[pair]!]! - pairCost(pair));
    }
    potential[start] = startPotential;
    reach(start, -1, 0);
    while (!heap.isEmpty) {
      const node = heap.pop();
      isSettled[node] = 1;
      if (node === sink) break;
      const here = distance[node]! + potential[node]!;
      if (node < seekerCount) {
        for (let pair = firstPair[node]!; pair < firstPair[node + 1]!; pair++) {
          if (pair === chosenPair[node]) continue;
          const mentor = seekerCount + mentorOf[pair]!;
          reach(mentor, pair, here + pairCost(pair) - potential[mentor]!);
        }
        reach(sink, node, here + stayCost - potential[sink]!);
      } else {
        const mentor = node - seekerCount;
        if (roomLeft[mentor]! > 0) reach(sink, node, here - potential[sink]!);
        for (let slot = firstSlot[mentor]!; slot < firstSlot[mentor]! + heldCount[mentor]!; slot++) {
          const pair = held[slot]!;
          const seeker = seekerOf[pair]!;
          reach(seeker, pair, here - pairCost(pair) - potential[seeker]!);
        }
      }
    }
    heap.clear();
    // Johnson's update, less the sink's distance so nodes never settled keep their potential.
    const toSink = distance[sink]!;
    for (let index = 0; index < touchedCount; index++) {
      const node = touched[index]!;
      if (isSettled[node]) potential[node]! += distance[node]! - toSink;
      distance[node] = Number.POSITIVE_INFINITY;
      isSettled[node] = 0;
    }
    touchedCount = 0;

    // Walk the path back from the sink, moving each seeker on it.
    let node = reachedBy[sink]!;
    if (node < seekerCount) chosenPair[node] = -1;
    else roomLeft[node - seekerCount]!--;
    while (node !== start) {
      const pair = reachedBy[node]!;
      if (node >= seekerCount) {
        const mentor = node - seekerCount;
        held[firstSlot[mentor]! + heldCount[mentor]!++] = pair;
        chosenPair[seekerOf[pair]!] = pair;
        node = seekerOf[pair]!;
      } else {
        const mentor = mentorOf[pair]!;
        const from = firstSlot[mentor]!;
        const last = from + --heldCount[mentor]!;
        for (let slot = from; slot <= last; slot++) if (held[slot] === pair) held[slot] = held[last]!;
        node = seekerCount + mentor;
      }
    }
  }
  return chosenPair;
}
