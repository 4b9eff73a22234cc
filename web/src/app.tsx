/**
 * The app shell: session gate, header, routes (split per route) and the bottom
 * navigation. Routes follow SPEC §8 so deep links from the bot land here.
 */
import { useEffect } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, Route, Router, lazy, useLocation } from 'preact-iso';
import { canSeeAdmin, canSeeDashboard, loadSession, useSession } from './auth/session';
import { AppHeader } from './components/app-header';
import { BottomNav } from './components/bottom-nav';
import { UpdatePrompt } from './pwa/update-prompt';
import { LoginPage, safeNext } from './routes/login/login-page';
import { ForbiddenPage, NotFoundPage } from './routes/not-found-page';
import { requestSync, startOutboxSync } from './offline/outbox-sync';
import { optionalPage } from './routes/optional-page';

const TodayPage = lazy(() => import('./routes/today/today-page').then((m) => m.TodayPage));
const CustomersPage = lazy(() => import('./routes/customers/customers-page').then((m) => m.CustomersPage));
const CardPage = lazy(() => import('./routes/card/card-page').then((m) => m.CardPage));
const InterviewPage = lazy(() => import('./routes/interview/interview-page').then((m) => m.InterviewPage));

/*
 * Dashboard and admin pages are built in their own folders by another team
 * member; import.meta.glob compiles whether or not the files exist yet.
 */
const teamPages = import.meta.glob(['./routes/dashboard/dashboard-page.tsx', './routes/admin/admin-page.tsx']);
const DashboardPage = lazy(() => optionalPage(teamPages['./routes/dashboard/dashboard-page.tsx'], 'DashboardPage'));
const AdminPage = lazy(() => optionalPage(teamPages['./routes/admin/admin-page.tsx'], 'AdminPage'));

export function App() {
  return (
    <LocationProvider>
      <Shell />
    </LocationProvider>
  );
}

function Shell() {
  const session = useSession();
  const { path, url, query, route } = useLocation();

  useEffect(() => {
    void loadSession();
    return startOutboxSync();
  }, []);

  // Items that waited for a login go as soon as there is a session again.
  useEffect(() => {
    if (session.status === 'signed-in' && !session.offline) requestSync();
  }, [session.status]);

  useEffect(() => {
    if (session.status === 'anonymous' && path !== '/login') route(`/login?next=${encodeURIComponent(url)}`, true);
    // The server knew us although this device remembered nobody: leave the login page.
    if (session.status === 'signed-in' && path === '/login') route(safeNext(query.next), true);
  }, [session.status, path]);

  if (session.status === 'loading') return <div class="splash" aria-busy="true" />;

  const signedIn = session.status === 'signed-in';
  const role = signedIn ? session.user.role : undefined;
  return (
    <>
      <a class="skip-link" href="#main">跳到正文 / Skip to content</a>
      {signedIn && <AppHeader user={session.user} offline={session.offline} />}
      <main id="main" class={signedIn ? 'main' : 'main main--bare'} tabIndex={-1}>
        <ErrorBoundary>
          <Router onRouteChange={() => window.scrollTo(0, 0)}>
            <Route path="/login" component={LoginPage} />
            <Route path="/" component={signedIn ? TodayPage : Blank} />
            <Route path="/customers" component={signedIn ? CustomersPage : Blank} />
            <Route path="/customers/:customer_id" component={signedIn ? CardPage : Blank} />
            <Route path="/customers/:customer_id/interview" component={signedIn ? InterviewPage : Blank} />
            <Route path="/dashboard" component={!signedIn ? Blank : canSeeDashboard(role) ? DashboardPage : ForbiddenPage} />
            <Route path="/admin" component={!signedIn ? Blank : canSeeAdmin(role) ? AdminPage : ForbiddenPage} />
            <Route default component={NotFoundPage} />
          </Router>
        </ErrorBoundary>
      </main>
      {signedIn && <BottomNav role={session.user.role} />}
      <UpdatePrompt />
    </>
  );
}

function Blank() {
  return null;
}
