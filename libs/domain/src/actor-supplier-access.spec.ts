import { canSeeSupplier, requireProviderAdmin, requireProviderMember, type Actor } from './actor.js';
import { DomainError, ErrorCode } from './errors.js';
import { OrganisationKind, OrganisationStatus, UserRole } from './organisation.js';

const SUPPLIER = 'supplier-1';

const actor = (organisationKind: OrganisationKind, role: UserRole, organisationId = SUPPLIER): Actor => ({
  userId: 'user-1',
  organisationId,
  organisationKind,
  organisationStatus: OrganisationStatus.ACTIVE,
  role,
});

function codeOf(check: () => unknown): ErrorCode | 'ALLOWED' {
  try {
    check();
    return 'ALLOWED';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('who may manage a supplier', () => {
  it.each([
    ['its admin', actor(OrganisationKind.PROVIDER, UserRole.ADMIN), 'ALLOWED', 'ALLOWED'],
    ['its member', actor(OrganisationKind.PROVIDER, UserRole.MEMBER), 'ALLOWED', ErrorCode.FORBIDDEN],
    ['an association admin', actor(OrganisationKind.ASSOCIATION, UserRole.ADMIN, 'assoc'), 'ALLOWED', 'ALLOWED'],
    ['an association reviewer', actor(OrganisationKind.ASSOCIATION, UserRole.REVIEWER, 'assoc'), ErrorCode.FORBIDDEN, ErrorCode.FORBIDDEN],
    ['a client admin', actor(OrganisationKind.CLIENT, UserRole.ADMIN, 'client'), ErrorCode.FORBIDDEN, ErrorCode.FORBIDDEN],
    ['an admin of another provider', actor(OrganisationKind.PROVIDER, UserRole.ADMIN, 'other'), ErrorCode.NOT_FOUND, ErrorCode.NOT_FOUND],
    ['an anonymous caller', null, ErrorCode.UNAUTHENTICATED, ErrorCode.UNAUTHENTICATED],
  ])('%s: products %s, profile %s', (_who, caller, products, profile) => {
    expect(codeOf(() => requireProviderMember(caller, SUPPLIER))).toBe(products);
    expect(codeOf(() => requireProviderAdmin(caller, SUPPLIER))).toBe(profile);
  });

  it('names what was not found', () => {
    expect(() => requireProviderMember(actor(OrganisationKind.PROVIDER, UserRole.ADMIN, 'other'), SUPPLIER, 'Product')).toThrow('Product not found');
  });
});

describe('who may see a supplier', () => {
  const pending = { id: SUPPLIER, status: OrganisationStatus.PENDING_VERIFICATION };

  it('anyone sees an active supplier', () => {
    expect(canSeeSupplier(null, { id: SUPPLIER, status: OrganisationStatus.ACTIVE })).toBe(true);
  });

  it('a pending supplier is seen by its own users and the association only', () => {
    expect(canSeeSupplier(actor(OrganisationKind.PROVIDER, UserRole.MEMBER), pending)).toBe(true);
    expect(canSeeSupplier(actor(OrganisationKind.ASSOCIATION, UserRole.REVIEWER, 'assoc'), pending)).toBe(true);
    expect(canSeeSupplier(actor(OrganisationKind.CLIENT, UserRole.ADMIN, 'client'), pending)).toBe(false);
    expect(canSeeSupplier(actor(OrganisationKind.PROVIDER, UserRole.ADMIN, 'other'), pending)).toBe(false);
    expect(canSeeSupplier(null, pending)).toBe(false);
  });
});
