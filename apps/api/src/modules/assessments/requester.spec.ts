import { RequesterKind } from '@assay/database';
import { DomainError, ErrorCode, OrganisationKind, OrganisationStatus, UserRole, type Actor } from '@assay/domain';
import { requesterKindOf } from './requester.js';

const SUPPLIER = 'supplier-id';
const GROUP = 'group-id';
const actor = (organisationKind: OrganisationKind, role: UserRole, organisationId = 'org-id'): Actor => ({
  userId: 'user-id',
  organisationId,
  organisationKind,
  organisationStatus: OrganisationStatus.ACTIVE,
  role,
});

function codeOf(run: () => unknown): ErrorCode | 'OK' {
  try {
    run();
    return 'OK';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('who requests an assessment, and as what', () => {
  it.each([UserRole.ADMIN, UserRole.MEMBER])('a client %s requests as a client, or for a working group', (role) => {
    expect(requesterKindOf(actor(OrganisationKind.CLIENT, role), SUPPLIER, null)).toBe(RequesterKind.CLIENT);
    expect(requesterKindOf(actor(OrganisationKind.CLIENT, role), SUPPLIER, GROUP)).toBe(RequesterKind.WORKING_GROUP);
  });

  it.each([UserRole.ADMIN, UserRole.REVIEWER])('association staff (%s) request as the association, or for a working group', (role) => {
    expect(requesterKindOf(actor(OrganisationKind.ASSOCIATION, role), SUPPLIER, null)).toBe(RequesterKind.ASSOCIATION);
    expect(requesterKindOf(actor(OrganisationKind.ASSOCIATION, role), SUPPLIER, GROUP)).toBe(RequesterKind.WORKING_GROUP);
  });

  it('a provider admin requests its own assessment', () => {
    expect(requesterKindOf(actor(OrganisationKind.PROVIDER, UserRole.ADMIN, SUPPLIER), SUPPLIER, null)).toBe(RequesterKind.PROVIDER);
  });

  it('a provider member may not; another provider is told the supplier does not exist; no provider names a working group', () => {
    expect(codeOf(() => requesterKindOf(actor(OrganisationKind.PROVIDER, UserRole.MEMBER, SUPPLIER), SUPPLIER, null))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(() => requesterKindOf(actor(OrganisationKind.PROVIDER, UserRole.ADMIN, 'another'), SUPPLIER, null))).toBe(ErrorCode.NOT_FOUND);
    expect(codeOf(() => requesterKindOf(actor(OrganisationKind.PROVIDER, UserRole.ADMIN, SUPPLIER), SUPPLIER, GROUP))).toBe(ErrorCode.NOT_FOUND);
  });
});
