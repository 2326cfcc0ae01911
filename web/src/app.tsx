// The app's routes. Signed-in pages sit behind RequireSignIn; everything else is public.
import { Route, Switch } from "wouter";
import { SiteHeader } from "./components/site-header";
import { RequireSignedOut, RequireSignIn } from "./components/viewer-gate";
import { ViewerProvider } from "./lib/viewer";
import { AccountPage } from "./routes/accounts/account-page";
import { ForgottenPasswordPage } from "./routes/accounts/forgotten-password-page";
import { SecondFactorPage } from "./routes/accounts/second-factor-page";
import { SignInPage } from "./routes/accounts/sign-in-page";
import { SignUpPage } from "./routes/accounts/sign-up-page";
import {
  CheckInCodePage,
  CheckInPage,
  EditListingPage,
  GoingPage,
  ListingsPage,
  MemberCheckInPage,
  MyGatheringsPage,
  NewListingPage,
  SuggestChangePage,
  SuggestionsPage,
  SuggestListingPage,
} from "./routes/directory/lazy-pages";
import { HomePage } from "./routes/home/home-page";
import {
  RecoveryCheckInPage,
  RecoveryCheckInSettingsPage,
  RecoveryCheckInsPage,
} from "./routes/journey/check-ins/lazy-pages";
import { GoalsPage } from "./routes/journey/goals/lazy-pages";
import { JourneyHubPage, MilestonesPage, SharedJourneyPage } from "./routes/journey/lazy-pages";
import { NetworkPage } from "./routes/journey/network/lazy-pages";
import { PhasesPage } from "./routes/journey/phases/lazy-pages";
import {
  AskForMentorPage,
  AskOnBehalfPage,
  MentoringHubPage,
  MentoringSettingsPage,
  MentorProfilePage,
  MentorsPage,
  MyMentoringPage,
  ShortlistPage,
} from "./routes/mentoring/lazy-pages";
import { CaseloadsPage, ConcernsPage, SessionsPage, SupervisionPage } from "./routes/mentoring/sessions/lazy-pages";
import { NotFoundPage } from "./routes/not-found-page";
import { MembersPage } from "./routes/organisations/members-page";
import { PrivacyPage } from "./routes/privacy/privacy-page";
import { LandingPage } from "./routes/public/landing-page";
import { RemindersPage } from "./routes/reminders/lazy-pages";
import { CommissionerReportPage } from "./routes/reports/commissioner/lazy-pages";
import { ServiceDashboardPage } from "./routes/reports/dashboard/lazy-pages";
import { RetentionPage } from "./routes/retention/lazy-pages";
import { MyVolunteeringPage, OrganisationVolunteeringPage } from "./routes/volunteering/lazy-pages";

export function App() {
  return (
    <ViewerProvider>
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      <SiteHeader />
      <main id="main" className="container">
        <Switch>
          <Route path="/">
            <LandingPage />
          </Route>
          <Route path="/sign-in">
            <RequireSignedOut>
              <SignInPage />
            </RequireSignedOut>
          </Route>
          <Route path="/sign-up">
            <RequireSignedOut>
              <SignUpPage />
            </RequireSignedOut>
          </Route>
          <Route path="/forgotten-password">
            <ForgottenPasswordPage />
          </Route>
          <Route path="/home">
            <RequireSignIn>{(viewer) => <HomePage viewer={viewer} />}</RequireSignIn>
          </Route>
          <Route path="/account">
            <RequireSignIn>{(viewer) => <AccountPage viewer={viewer} />}</RequireSignIn>
          </Route>
          <Route path="/account/privacy">
            <RequireSignIn>{() => <PrivacyPage />}</RequireSignIn>
          </Route>
          <Route path="/account/reminders">
            <RequireSignIn>{() => <RemindersPage />}</RequireSignIn>
          </Route>
          <Route path="/second-factor">
            <RequireSignIn>{() => <SecondFactorPage />}</RequireSignIn>
          </Route>
          <Route path="/organisations/:slug/members">
            {({ slug }) => <RequireSignIn>{() => <MembersPage slug={slug} />}</RequireSignIn>}
          </Route>
          <Route path="/account/gatherings">
            <RequireSignIn>{() => <MyGatheringsPage />}</RequireSignIn>
          </Route>
          <Route path="/organisations/:slug/listings">
            {({ slug }) => <RequireSignIn>{() => <ListingsPage slug={slug} />}</RequireSignIn>}
          </Route>
          <Route path="/organisations/:slug/listings/new">
            {({ slug }) => <RequireSignIn>{() => <NewListingPage slug={slug} />}</RequireSignIn>}
          </Route>
          <Route path="/organisations/:slug/listings/:id/edit">
            {({ slug, id }) => <RequireSignIn>{() => <EditListingPage slug={slug} id={id} />}</RequireSignIn>}
          </Route>
          <Route path="/organisations/:slug/listings/:id/check-in">
            {({ slug, id }) => (
              <RequireSignIn>{(viewer) => <CheckInPage slug={slug} id={id} viewer={viewer} />}</RequireSignIn>
            )}
          </Route>
          <Route path="/organisations/:slug/suggestions">
            {({ slug }) => <RequireSignIn>{() => <SuggestionsPage slug={slug} />}</RequireSignIn>}
          </Route>
          <Route path="/mentoring">
            <RequireSignIn>{() => <MyMentoringPage />}</RequireSignIn>
          </Route>
          <Route path="/mentoring/ask">
            <RequireSignIn>{(viewer) => <AskForMentorPage viewerName={viewer.displayName} />}</RequireSignIn>
          </Route>
          <Route path="/mentoring/profile">
            <RequireSignIn>{() => <MentorProfilePage />}</RequireSignIn>
          </Route>
          <Route path="/organisations/:slug/mentoring">
            {({ slug }) => <RequireSignIn>{() => <MentoringHubPage slug={slug} />}</RequireSignIn>}
          </Route>
          <Route path="/organisations/:slug/mentoring/requests/:id">
            {({ slug, id }) => <RequireSignIn>{() => <ShortlistPage slug={slug} id={id} />}</RequireSignIn>}
          </Route>
          <Route path="/organisations/:slug/mentoring/mentors">
            {({ slug }) => <RequireSignIn>{() => <MentorsPage slug={slug} />}</RequireSignIn>}
          </Route>
          <Route path="/organisations/:slug/mentoring/settings">
            {({ slug }) => <RequireSignIn>{() => <MentoringSettingsPage slug={slug} />}</RequireSignIn>}
          </Route>
          <Route path="/organisations/:slug/mentoring/ask-for-someone">
            {({ slug }) => <RequireSignIn>{() => <AskOnBehalfPage slug={slug} />}</RequireSignIn>}
          </Route>
          <Route path="/journey/check-in">
            <RequireSignIn>{() => <RecoveryCheckInPage />}</RequireSignIn>
          </Route>
          <Route path="/journey/check-ins">
            <RequireSignIn>{() => <RecoveryCheckInsPage />}</RequireSignIn>
          </Route>
          <Route path="/organisations/:slug/journey/check-ins">
            {({ slug }) => <RequireSignIn>{() => <RecoveryCheckInSettingsPage slug={slug} />}</RequireSignIn>}
          </Route>
          <Route path="/journey/network">
            <RequireSignIn>{() => <NetworkPage />}</RequireSignIn>
          </Route>
          <Route path="/journey">
            <RequireSignIn>{() => <JourneyHubPage />}</RequireSignIn>
          </Route>
          <Route path="/journey/goals">
            <RequireSignIn>{() => <GoalsPage />}</RequireSignIn>
          </Route>
          <Route path="/journey/milestones">
            <RequireSignIn>{() => <MilestonesPage />}</RequireSignIn>
          </Route>
          <Route path="/journey/people/:personId">
            {({ personId }) => <RequireSignIn>{() => <SharedJourneyPage personId={personId} />}</RequireSignIn>}
          </Route>
          <Route path="/organisations/:slug/journey/phases">
            {({ slug }) => <RequireSignIn>{() => <PhasesPage slug={slug} />}</RequireSignIn>}
          </Route>
          <Route path="/volunteering">
            <RequireSignIn>{() => <MyVolunteeringPage />}</RequireSignIn>
          </Route>
          <Route path="/organisations/:slug/volunteering">
            {({ slug }) => <RequireSignIn>{() => <OrganisationVolunteeringPage slug={slug} />}</RequireSignIn>}
          </Route>
          <Route path="/organisations/:slug/dashboard">
            {({ slug }) => <RequireSignIn>{() => <ServiceDashboardPage slug={slug} />}</RequireSignIn>}
          </Route>
          <Route path="/organisations/:slug/retention">
            {({ slug }) => <RequireSignIn>{() => <RetentionPage slug={slug} />}</RequireSignIn>}
          </Route>
          <Route path="/organisations/:slug/reports/commissioner">
            {({ slug }) => <RequireSignIn>{() => <CommissionerReportPage slug={slug} />}</RequireSignIn>}
          </Route>
          <Route path="/mentoring/matches/:id/sessions">
            {({ id }) => <RequireSignIn>{() => <SessionsPage matchId={id} />}</RequireSignIn>}
          </Route>
          <Route path="/organisations/:slug/mentoring/concerns">
            {({ slug }) => <RequireSignIn>{() => <ConcernsPage slug={slug} />}</RequireSignIn>}
          </Route>
          <Route path="/organisations/:slug/mentoring/caseloads">
            {({ slug }) => <RequireSignIn>{() => <CaseloadsPage slug={slug} />}</RequireSignIn>}
          </Route>
          <Route path="/organisations/:slug/mentoring/mentors/:profileId/supervision">
            {({ slug, profileId }) => (
              <RequireSignIn>{() => <SupervisionPage slug={slug} profileId={profileId} />}</RequireSignIn>
            )}
          </Route>
          {/* Reached from QR codes and public listings: they explain signing in rather than redirect. */}
          <Route path="/check-in">
            <CheckInCodePage />
          </Route>
          <Route path="/check-in/:code">{({ code }) => <MemberCheckInPage code={code} />}</Route>
          <Route path="/gatherings/:id/going">{({ id }) => <GoingPage id={id} />}</Route>
          <Route path="/gatherings/:id/suggest">{({ id }) => <SuggestChangePage id={id} />}</Route>
          <Route path="/suggest-a-listing">
            <SuggestListingPage />
          </Route>
          <Route>
            <NotFoundPage />
          </Route>
        </Switch>
      </main>
    </ViewerProvider>
  );
}
