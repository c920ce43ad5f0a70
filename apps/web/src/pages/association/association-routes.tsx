import { Route } from 'react-router';
import type { NavigationEntry } from '../navigation-entry';
import { ReviewPage } from './review-page';
import { ReviewQueuePage } from './review-queue-page';

/** The association's pages, under its signed-in guard in app.tsx; the first navigation entry is its home. */
export const associationRoutes = (
  <>
    <Route path="reviews" element={<ReviewQueuePage />} />
    <Route path="reviews/:assessmentId" element={<ReviewPage />} />
  </>
);

export const associationNavigation = (t: (key: string) => string): NavigationEntry[] => [{ to: '/reviews', label: t('nav.reviews') }];
