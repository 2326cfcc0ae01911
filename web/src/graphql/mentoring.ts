// Operations for peer mentoring's pages: asking for a mentor, choosing one,
// mentors' profiles and answers, and coordinators' waiting list, shortlists,
// vetting and matches. Staff operations need a confirmed second factor.
import { graphql } from "./graphql";

// What a person choosing a mentor (or their mentee) may see: hidden fields are null or empty.
export const MentorCardFields = graphql(`
  fragment MentorCardFields on MentorCard @_unmask {
    id displayName introduction substances pathways lifeExperiences strengths
    languages gender ageBand homeArea meetingWays availability
  }
`);

export const MentorRequestFields = graphql(`
  fragment MentorRequestFields on MentorRequest @_unmask {
    id displayName status needs genderPreference languages sharedSubstances sharedLifeExperiences
    pathway meetingWays availability area createdAt isOnBehalf
  }
`);

export const MatchFields = graphql(
  `fragment MatchFields on Match @_unmask {
    id status menteeId menteeName mentorName score reasons startedOn plannedEndOn endedOn endReason
    mentor { ...MentorCardFields }
    request { ...MentorRequestFields }
  }`,
  [MentorCardFields, MentorRequestFields],
);

export const VettingFields = graphql(`
  fragment VettingFields on VettingStatus @_unmask {
    isCurrent nextExpiresOn lastSupervisionOn supervisionDueOn
    problems { code message }
    records { id kind trainingCode trainingName outcome completedOn expiresOn recordedAt recordedByName }
  }
`);

export const MentorProfileFields = graphql(
  `fragment MentorProfileFields on MentorProfile @_unmask {
    id displayName role introduction substances pathways lifeExperiences strengths languages
    gender ageBand homeArea travelMiles meetingWays availability capacity caseload isTakingBreak
    organisation { id name }
    visibility { field audience }
    vetting { ...VettingFields }
  }`,
  [VettingFields],
);

// The person's own side: their requests with every match made for them, and matches as a mentor.
export const MyMentoringQuery = graphql(
  `query MyMentoring {
    me { id memberships { role organisation { id name slug } } }
    myMentorRequests { ...MentorRequestFields matches { ...MatchFields } }
    myMatches { ...MatchFields }
    myMentorProfiles { id }
  }`,
  [MentorRequestFields, MatchFields],
);

export const MyOrganisationsQuery = graphql(`
  query MyOrganisations { me { id memberships { role organisation { id name slug } } } }
`);

export const AskForMentorMutation = graphql(`
  mutation AskForMentor($organisationId: ID!, $input: MentorRequestInput!) {
    askForMentor(organisationId: $organisationId, input: $input) { id }
  }
`);

export const WithdrawMentorRequestMutation = graphql(`
  mutation WithdrawMentorRequest($id: ID!) { withdrawMentorRequest(id: $id) { id status } }
`);

export const ChooseMentorMutation = graphql(`
  mutation ChooseMentor($matchId: ID!) { chooseMentor(matchId: $matchId) { id status } }
`);

export const BlockMentorMutation = graphql(`
  mutation BlockMentor($mentorProfileId: ID!) { blockMentor(mentorProfileId: $mentorProfileId) }
`);

export const RespondToMatchMutation = graphql(
  `mutation RespondToMatch($matchId: ID!, $accept: Boolean!) {
    respondToMatch(matchId: $matchId, accept: $accept) { ...MatchFields }
  }`,
  [MatchFields],
);

export const ChangeMatchMutation = graphql(
  `mutation ChangeMatch($matchId: ID!, $input: MatchChangeInput!) {
    changeMatch(matchId: $matchId, input: $input) { ...MatchFields }
  }`,
  [MatchFields],
);

export const MyMentorProfilesQuery = graphql(
  `query MyMentorProfiles {
    me { id memberships { role organisation { id name slug } } }
    myMentorProfiles { ...MentorProfileFields }
  }`,
  [MentorProfileFields],
);

export const SaveMentorProfileMutation = graphql(
  `mutation SaveMentorProfile($organisationId: ID!, $input: MentorProfileInput!) {
    saveMentorProfile(organisationId: $organisationId, input: $input) { ...MentorProfileFields }
  }`,
  [MentorProfileFields],
);

// Coordinators' pages.
export const WaitingListQuery = graphql(
  `query WaitingList($organisationId: ID!) {
    mentorRequests(organisationId: $organisationId, status: WAITING) { ...MentorRequestFields }
    organisationMatches(organisationId: $organisationId) {
      id status menteeName mentorName startedOn plannedEndOn
    }
  }`,
  [MentorRequestFields],
);

export const BatchMatchProposalQuery = graphql(
  `query BatchMatchProposal($organisationId: ID!) {
    batchMatchProposal(organisationId: $organisationId) {
      totalScore greedyTotalScore
      assignments { score reasons request { id displayName } profile { id displayName } }
      unassigned { id displayName }
    }
  }`,
);

export const ApplyBatchProposalMutation = graphql(`
  mutation ApplyBatchProposal($organisationId: ID!, $assignments: [AssignmentInput!]!) {
    applyBatchProposal(organisationId: $organisationId, assignments: $assignments) { id }
  }
`);

export const ShortlistQuery = graphql(
  `query Shortlist($organisationId: ID!, $requestId: ID!) {
    mentorRequests(organisationId: $organisationId) { ...MentorRequestFields }
    mentorShortlist(requestId: $requestId) {
      entries { score reasons profile { id displayName role caseload capacity } }
      ineligible { reasons profile { id displayName } }
    }
  }`,
  [MentorRequestFields],
);

export const ApproveMatchMutation = graphql(`
  mutation ApproveMatch($requestId: ID!, $mentorProfileIds: [ID!]!) {
    approveMatch(requestId: $requestId, mentorProfileIds: $mentorProfileIds) { id status mentorName }
  }
`);

export const OrganisationMentorsQuery = graphql(
  `query OrganisationMentors($organisationId: ID!) {
    organisationMentors(organisationId: $organisationId) {
      id displayName role caseload capacity isTakingBreak vetting { ...VettingFields }
    }
    mentoringSettings(organisationId: $organisationId) { requiredTraining { code name validForMonths } }
  }`,
  [VettingFields],
);

export const RecordVettingMutation = graphql(
  `mutation RecordVetting($mentorProfileId: ID!, $input: VettingInput!) {
    recordVetting(mentorProfileId: $mentorProfileId, input: $input) { id vetting { ...VettingFields } }
  }`,
  [VettingFields],
);

// Staff only, and every read is audited: loaded when a coordinator asks to change someone's role.
export const MembersForRolesQuery = graphql(`
  query MembersForRoles($slug: String!) {
    organisation(slug: $slug) { id members { id role person { id displayName } } }
  }
`);

export const ChangeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($organisationId: ID!, $personId: ID!, $role: Role!) {
    changeMemberRole(organisationId: $organisationId, personId: $personId, role: $role) { id role }
  }
`);
