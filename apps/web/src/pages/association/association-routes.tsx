import { Route } from 'react-router';
import type { NavigationEntry } from '../navigation-entry';
import { CertificatesPage } from './certificates-page';
import { JurisdictionsPage } from './jurisdictions-page';
import { OrganisationsPage } from './organisations-page';
import { RescoringPage } from './rescoring-page';
import { ReviewPage } from './review-page';
import { ReviewQueuePage } from './review-queue-page';
import { TemplatePage } from './template-page';
import { TemplatesPage } from './templates-page';
import { WorkingGroupsPage } from './working-groups-page';

/** The association's pages, under its signed-in guard in app.tsx; the first navigation entry is its home. */
export const associationRoutes = (
  <>
    <Route path="reviews" element={<ReviewQueuePage />} />
    <Route path="reviews/:assessmentId" element={<ReviewPage />} />
    <Route path="certificates" element={<CertificatesPage />} />
    <Route path="templates" element={<TemplatesPage />} />
    <Route path="templates/:templateId" element={<TemplatePage />} />
    <Route path="rescoring" element={<RescoringPage />} />
    <Route path="jurisdictions" element={<JurisdictionsPage />} />
    <Route path="organisations" element={<OrganisationsPage />} />
    <Route path="association/working-groups" element={<WorkingGroupsPage />} />
  </>
);

export const associationNavigation = (t: (key: string) => string): NavigationEntry[] => [
  { to: '/reviews', label: t('nav.reviews') },
  { to: '/certificates', label: t('nav.certificates') },
  { to: '/templates', label: t('nav.templates') },
  { to: '/rescoring', label: t('nav.rescoring') },
  { to: '/jurisdictions', label: t('nav.jurisdictions') },
  { to: '/organisations', label: t('nav.organisations') },
  { to: '/association/working-groups', label: t('nav.workingGroups') },
];
