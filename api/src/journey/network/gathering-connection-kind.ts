// Which kind of connection a gathering becomes on someone's map. Mutual-aid
// meetings (the fellowships, SMART, peer support and family groups, where people
// with shared experience help each other) are mutual-aid groups; cafés and walks
// keep their own kind; socials and training are just "other".
import type { ConnectionKind, GatheringKind } from "@kinship/db/schema";

export const gatheringConnectionKinds: Record<GatheringKind, ConnectionKind> = {
  smart_recovery: "mutual_aid_group",
  alcoholics_anonymous: "mutual_aid_group",
  narcotics_anonymous: "mutual_aid_group",
  cocaine_anonymous: "mutual_aid_group",
  crystal_meth_anonymous: "mutual_aid_group",
  al_anon: "mutual_aid_group",
  other_fellowship: "mutual_aid_group",
  peer_support_group: "mutual_aid_group",
  family_carers_group: "mutual_aid_group",
  recovery_cafe: "recovery_cafe",
  recovery_walk: "recovery_walk",
  social_event: "other_connection",
  training: "other_connection",
};
