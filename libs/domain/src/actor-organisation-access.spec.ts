import { canSeeOrganisation, requireOrganisationAdminOrStaff, type Actor } from './actor.js';
import { DomainError, ErrorCode } from './errors.js';
import { OrganisationKind, OrganisationStatus, UserRole } from './organisation.js';

const OWN = 'own-org';

const actor = (organisationKind: OrganisationKind, role: UserRole, organisationId = OWN): Actor => ({
  userId: 'user-1',
  organisationId,
  organisationKind,
  organisationStatus: OrganisationStatus.ACTIVE,
  role,
});

const organisation = (id: string, kind: OrganisationKind, status = OrganisationStatus.ACTIVE) => ({ id, kind, status });

function codeOf(check: () => unknown): ErrorCode | 'ALLOWED' {
  try {
    check();
    return 'ALLOWED';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('who sees an organisation', () => {
  const clientAdmin = actor(OrganisationKind.CLIENT, UserRole.ADMIN);
  const reviewer = actor(OrganisationKind.ASSOCIATION, UserRole.REVIEWER, 'association');

  it('a user sees their own organisation, even while it is pending verification', () => {
    expect(canSeeOrganisation(actor(OrganisationKind.PROVIDER, UserRole.MEMBER), organisation(OWN, OrganisationKind.PROVIDER, OrganisationStatus.PENDING_VERIFICATION))).toBe(true);
  });

  it('association staff see every organisation', () => {
    expect(canSeeOrganisation(reviewer, organisation('other', OrganisationKind.CLIENT))).toBe(true);
    expect(canSeeOrganisation(reviewer, organisation('p', OrganisationKind.PROVIDER, OrganisationStatus.PENDING_VERIFICATION))).toBe(true);
  });

  it('a verified provider is directory information; a pending one and other clients are not', () => {
    expect(canSeeOrganisation(clientAdmin, organisation('p', OrganisationKind.PROVIDER))).toBe(true);
    expect(canSeeOrganisation(clientAdmin, organisation('p', OrganisationKind.PROVIDER, OrganisationStatus.PENDING_VERIFICATION))).toBe(false);
    expect(canSeeOrganisation(clientAdmin, organisation('other', OrganisationKind.CLIENT))).toBe(false);
    expect(canSeeOrganisation(clientAdmin, organisation('association', OrganisationKind.ASSOCIATION))).toBe(false);
  });
});

describe("who reads an organisation's users", () => {
  it.each([
    ['its admin', actor(OrganisationKind.CLIENT, UserRole.ADMIN), 'ALLOWED'],
    ['its member', actor(OrganisationKind.CLIENT, UserRole.MEMBER), ErrorCode.FORBIDDEN],
    ['an association reviewer', actor(OrganisationKind.ASSOCIATION, UserRole.REVIEWER, 'association'), 'ALLOWED'],
    ['an admin of another organisation', actor(OrganisationKind.CLIENT, UserRole.ADMIN, 'other'), ErrorCode.FORBIDDEN],
  ])('%s: %s', (_who, caller, expected) => {
    expect(codeOf(() => requireOrganisationAdminOrStaff(caller, OWN))).toBe(expected);
  });

  it('an anonymous caller must sign in', () => {
    expect(codeOf(() => requireOrganisationAdminOrStaff(null, OWN))).toBe(ErrorCode.UNAUTHENTICATED);
  });
});
