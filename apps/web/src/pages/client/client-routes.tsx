import { Route } from 'react-router';
import type { NavigationEntry } from '../navigation-entry';
import { ClientAssessmentsPage } from './client-assessments-page';
import { DirectoryPage } from './directory-page';
import { SupplierPage } from './supplier-page';
import { WorkingGroupPage } from './working-group-page';
import { WorkingGroupsPage } from './working-groups-page';

/** The client's pages, under its signed-in guard in app.tsx; the first navigation entry is its home. */
export const clientRoutes = (
  <>
    <Route path="directory" element={<DirectoryPage />} />
    <Route path="suppliers/:organisationId" element={<SupplierPage />} />
    <Route path="client-assessments" element={<ClientAssessmentsPage />} />
    <Route path="working-groups" element={<WorkingGroupsPage />} />
    <Route path="working-groups/:workingGroupId" element={<WorkingGroupPage />} />
  </>
);

export const clientNavigation = (t: (key: string) => string): NavigationEntry[] => [
  { to: '/directory', label: t('nav.directory') },
  { to: '/client-assessments', label: t('nav.clientAssessments') },
  { to: '/working-groups', label: t('nav.workingGroups') },
];
