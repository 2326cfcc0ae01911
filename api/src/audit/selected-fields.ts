// Which fields a GraphQL request selected below a path, following fragments:
// what the access audit records as "which fields were read".
import type { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from "graphql";

function collect(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  into: Map<string, SelectionSetNode | undefined>,
) {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === "Field") into.set(selection.name.value, selection.selectionSet);
    else if (selection.kind === "InlineFragment") collect(selection.selectionSet, fragments, into);
    else collect(fragments[selection.name.value]?.selectionSet, fragments, into);
  }
  return into;
}

/** Field names selected at `path` below the current field, e.g. ["person"] → ["displayName"]. */
export function selectedFieldNames(info: GraphQLResolveInfo, path: string[] = []): string[] {
  let sets = info.fieldNodes.map((node) => node.selectionSet);
  for (const step of path) {
    sets = sets.map((set) => collect(set, info.fragments, new Map()).get(step));
  }
  const names = new Set<string>();
  for (const set of sets) for (const name of collect(set, info.fragments, new Map()).keys()) names.add(name);
  names.delete("__typename");
  return [...names].sort();
}
