import { DomainError, OrganisationKind, OrganisationStatus, UserRole, type Actor } from '@assay/domain';
import { distinct, targetSupplierId } from './target-supplier.js';

const caller = (organisationKind: OrganisationKind): Actor => ({
  userId: 'u',
  organisationId: 'own',
  organisationKind,
  organisationStatus: OrganisationStatus.ACTIVE,
  role: UserRole.ADMIN,
});

describe('the supplier a mutation acts on', () => {
  it('is the one given', () => {
    expect(targetSupplierId(caller(OrganisationKind.ASSOCIATION), 'given', 'input.supplierId')).toBe('given');
  });

  it("defaults to a provider user's own organisation", () => {
    expect(targetSupplierId(caller(OrganisationKind.PROVIDER), null, 'input.supplierId')).toBe('own');
  });

  it('must be given by anyone else, and the error names the field', () => {
    expect(() => targetSupplierId(caller(OrganisationKind.ASSOCIATION), undefined, 'input.supplierId')).toThrow(DomainError);
    try {
      targetSupplierId(caller(OrganisationKind.ASSOCIATION), undefined, 'input.supplierId');
    } catch (error) {
      expect((error as DomainError).details.fields?.[0]?.field).toBe('input.supplierId');
    }
  });
});

describe('distinct', () => {
  it('keeps the first of each value in order', () => {
    expect(distinct(['FR', 'KE', 'FR', 'BR', 'KE'])).toEqual(['FR', 'KE', 'BR']);
  });
});
