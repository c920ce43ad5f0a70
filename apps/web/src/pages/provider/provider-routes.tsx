import { Route } from 'react-router';
import type { NavigationEntry } from '../navigation-entry';
import { CompanyProfilePage } from './profile/company-profile-page';
import { ProviderAssessmentsPage } from './provider-assessments-page';
import { QuestionnairePage } from './questionnaire/questionnaire-page';

/** The provider's pages, under its signed-in guard in app.tsx; the first navigation entry is its home. */
export const providerRoutes = (
  <>
    <Route path="assessments" element={<ProviderAssessmentsPage />} />
    <Route path="assessments/:assessmentId" element={<QuestionnairePage />} />
    <Route path="company" element={<CompanyProfilePage />} />
  </>
);

export const providerNavigation = (t: (key: string) => string): NavigationEntry[] => [
  { to: '/assessments', label: t('nav.assessments') },
  { to: '/company', label: t('nav.company') },
];
