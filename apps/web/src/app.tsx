import { MantineProvider, createTheme, type CSSVariablesResolver } from '@mantine/core';
import { BrowserRouter, Route, Routes } from 'react-router';
import { SessionProvider } from './api/session';
import { AppLayout } from './layout/app-layout';
import { RequireSession } from './layout/require-session';
import { StartPage } from './layout/start-page';
import { AcceptInvitationPage } from './pages/accept-invitation-page';
import { CertifiedProvidersPage } from './pages/certified-providers-page';
import { DirectoryPage } from './pages/directory-page';
import { NotFoundPage } from './pages/not-found-page';
import { NotificationsPage } from './pages/notifications-page';
import { ProviderAssessmentsPage } from './pages/provider-assessments-page';
import { ReviewQueuePage } from './pages/review-queue-page';
import { SignInPage } from './pages/sign-in-page';
import { VerificationPage } from './pages/verification-page';

/** Shade 8 and automatic text contrast keep every coloured text and badge above WCAG AA contrast (axe checks it). */
const theme = createTheme({ primaryColor: 'indigo', primaryShade: 8, autoContrast: true });

/** Mantine's dimmed grey (captions, descriptions) is below 4.5:1 on white; shade 7 is well above. */
const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: { '--mantine-color-dimmed': resolved.colors.gray[7] },
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
              <Route element={<RequireSession kind="PROVIDER" />}>
                <Route path="assessments" element={<ProviderAssessmentsPage />} />
              </Route>
              <Route element={<RequireSession kind="CLIENT" />}>
                <Route path="directory" element={<DirectoryPage />} />
              </Route>
              <Route element={<RequireSession kind="ASSOCIATION" />}>
                <Route path="reviews" element={<ReviewQueuePage />} />
              </Route>
              <Route element={<RequireSession />}>
                <Route path="notifications" element={<NotificationsPage />} />
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </MantineProvider>
  );
}
