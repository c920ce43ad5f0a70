import { Route } from 'react-router';
import type { NavigationEntry } from '../navigation-entry';
import { DirectoryPage } from './directory-page';

/** The client's pages, under its signed-in guard in app.tsx; the first navigation entry is its home. */
export const clientRoutes = (
  <>
    <Route path="directory" element={<DirectoryPage />} />
  </>
);

export const clientNavigation = (t: (key: string) => string): NavigationEntry[] => [{ to: '/directory', label: t('nav.directory') }];
