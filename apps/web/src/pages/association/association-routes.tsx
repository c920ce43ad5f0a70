import { Route } from 'react-router';
import type { NavigationEntry } from '../navigation-entry';
import { ReviewQueuePage } from './review-queue-page';

/** The association's pages, under its signed-in guard in app.tsx; the first navigation entry is its home. */
export const associationRoutes = (
  <>
    <Route path="reviews" element={<ReviewQueuePage />} />
  </>
);

export const associationNavigation = (t: (key: string) => string): NavigationEntry[] => [{ to: '/reviews', label: t('nav.reviews') }];
