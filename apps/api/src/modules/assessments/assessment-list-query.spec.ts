import { AssessmentStatus, DomainError } from '@assay/domain';
import { encodeNewestFirstCursor } from '../../common/newest-first-cursor.js';
import { parseAssessmentListQuery } from './assessment-list-query.js';

const ID = '3f1c2b9e-8d4a-4f6b-9c1e-2a7d5b8e0f13';

function fieldsOf(parse: () => unknown): string[] {
  try {
    parse();
  } catch (error) {
    if (error instanceof DomainError) return (error.details.fields ?? []).map((f) => f.field);
    throw error;
  }
  return [];
}

describe('parsing an assessments request', () => {
  it('keeps the filters and decodes the cursor', () => {
    const after = encodeNewestFirstCursor({ createdAt: '2026-01-02T03:04:05.123456Z', id: ID });
    expect(parseAssessmentListQuery({ status: AssessmentStatus.SUBMITTED, supplierId: ID }, 100, after)).toEqual({
      status: AssessmentStatus.SUBMITTED,
      supplierId: ID,
      first: 100,
      after: { createdAt: '2026-01-02T03:04:05.123456Z', id: ID },
    });
  });

  it('names every bad argument at once', () => {
    expect(fieldsOf(() => parseAssessmentListQuery({ supplierId: 'nope' }, 101, 'not a cursor!'))).toEqual(['filter.supplierId', 'first', 'after']);
  });

  it.each([0, -3, 1.5])('refuses first = %s', (first) => {
    expect(fieldsOf(() => parseAssessmentListQuery(null, first, null))).toEqual(['first']);
  });

  it('refuses a cursor whose timestamp was tampered with', () => {
    const forged = Buffer.from(JSON.stringify(["2026-01-02'; DROP TABLE x", ID])).toString('base64url');
    expect(fieldsOf(() => parseAssessmentListQuery(null, 20, forged))).toEqual(['after']);
  });
});
