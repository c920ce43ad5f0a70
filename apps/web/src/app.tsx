import { MantineProvider, createTheme, type CSSVariablesResolver } from '@mantine/core';
import { BrowserRouter, Route, Routes } from 'react-router';
import { SessionProvider } from './api/session';
import { AppLayout } from './layout/app-layout';
import { RequireSession } from './layout/require-session';
import { StartPage } from './layout/start-page';
import { AcceptInvitationPage } from './pages/account/accept-invitation-page';
import { NotificationsPage } from './pages/account/notifications-page';
import { SignInPage } from './pages/account/sign-in-page';
import { associationRoutes } from './pages/association/association-routes';
import { clientRoutes } from './pages/client/client-routes';
import { NotFoundPage } from './pages/not-found-page';
import { providerRoutes } from './pages/provider/provider-routes';
import { ScorecardPage } from './pages/provider/scorecard-page';
import { CertifiedProvidersPage } from './pages/public/certified-providers-page';
import { VerificationPage } from './pages/public/verification-page';

/** Shade 8 and automatic text contrast keep every coloured text and badge above WCAG AA contrast (axe checks it). */
const theme = createTheme({ primaryColor: 'indigo', primaryShade: 8, autoContrast: true });

/**
 * Mantine's dimmed grey (captions, descriptions) and its error red (field errors) are below 4.5:1 on white;
 * grey 7 and red 9 are well above.
 */
const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: { '--mantine-color-dimmed': resolved.colors.gray[7], '--mantine-color-error': resolved.colors.red[9] },
  dark: {},
});

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
      <SessionProvider>
        <BrowserRouter>
          <Routes>
            <Route element={<AppLayout />}>
              <Route index element={<StartPage />} />
              <Route path="sign-in" element={<SignInPage />} />
              <Route path="invitation" element={<AcceptInvitationPage />} />
              <Route path="providers" element={<CertifiedProvidersPage />} />
              <Route path="verification" element={<VerificationPage />} />
              <Route path="verification/:serial" element={<VerificationPage />} />
              <Route element={<RequireSession kind="PROVIDER" />}>{providerRoutes}</Route>
              <Route element={<RequireSession kind="CLIENT" />}>{clientRoutes}</Route>
              <Route element={<RequireSession kind="ASSOCIATION" />}>{associationRoutes}</Route>
              <Route element={<RequireSession />}>
                <Route path="notifications" element={<NotificationsPage />} />
                {/* Every kind reads scorecards (the api decides which): providers once reviewed, clients, the association. */}
                <Route path="assessments/:assessmentId/scorecard" element={<ScorecardPage />} />
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </MantineProvider>
  );
}
