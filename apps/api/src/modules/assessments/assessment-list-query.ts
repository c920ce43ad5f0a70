import { isUUID } from 'class-validator';
import type { AssessmentStatus, FieldError } from '@assay/domain';
import { parsePageRequest, type NewestFirstCursor } from '../../common/newest-first-cursor.js';

export const ASSESSMENTS_DEFAULT_PAGE_SIZE = 20;
export const ASSESSMENTS_MAX_PAGE_SIZE = 100;

export interface AssessmentFilter {
  status?: AssessmentStatus | null;
  supplierId?: string | null;
}

/** A checked `assessments` request: what the repository runs (visibility is added from the caller). */
export interface AssessmentListQuery {
  status: AssessmentStatus | null;
  supplierId: string | null;
  first: number;
  after: NewestFirstCursor | null;
}

/** Every problem is named by its argument: `filter.supplierId`, `first`, `after`. */
export function parseAssessmentListQuery(filter: AssessmentFilter | null | undefined, first: number, after: string | null | undefined): AssessmentListQuery {
  const problems: FieldError[] = [];
  const supplierId = filter?.supplierId ?? null;
  if (supplierId !== null && !isUUID(supplierId)) problems.push({ field: 'filter.supplierId', message: 'must be a supplier id' });
  const page = parsePageRequest(first, after, ASSESSMENTS_MAX_PAGE_SIZE, problems);
  return { status: filter?.status ?? null, supplierId, ...page };
}
