import { ErrorCode } from './errors.js';
import { OrganisationKind, OrganisationStatus, UserRole, roleAllowedFor } from './organisation.js';
import { requireAssociationAdmin, requireAssociationStaff, requireOrganisationAdmin, type Actor } from './actor.js';
import { isCountryCode } from './countries.js';

const actor = (kind: OrganisationKind, role: UserRole, organisationId = 'org-1'): Actor => ({
  userId: 'user-1',
  organisationId,
  organisationKind: kind,
  organisationStatus: OrganisationStatus.ACTIVE,
  role,
});

const codeOf = (run: () => unknown) => {
  try {
    run();
    return 'OK';
  } catch (error) {
    return (error as { code?: ErrorCode }).code;
  }
};

describe('who may do what', () => {
  it('an anonymous caller must sign in first', () => {
    expect(codeOf(() => requireAssociationStaff(null))).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('a reviewer is association staff but not an association admin', () => {
    const reviewer = actor(OrganisationKind.ASSOCIATION, UserRole.REVIEWER);
    expect(codeOf(() => requireAssociationStaff(reviewer))).toBe('OK');
    expect(codeOf(() => requireAssociationAdmin(reviewer))).toBe(ErrorCode.FORBIDDEN);
  });

  it('a client admin administers their own organisation only; another tenant does not exist for them', () => {
    const clientAdmin = actor(OrganisationKind.CLIENT, UserRole.ADMIN, 'client-1');
    expect(codeOf(() => requireOrganisationAdmin(clientAdmin, 'client-1'))).toBe('OK');
    expect(codeOf(() => requireOrganisationAdmin(clientAdmin, 'client-2'))).toBe(ErrorCode.NOT_FOUND);
    expect(codeOf(() => requireAssociationAdmin(clientAdmin))).toBe(ErrorCode.FORBIDDEN);
  });

  it('a member administers nothing; an association admin administers every organisation', () => {
    expect(codeOf(() => requireOrganisationAdmin(actor(OrganisationKind.PROVIDER, UserRole.MEMBER, 'p'), 'p'))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(() => requireOrganisationAdmin(actor(OrganisationKind.ASSOCIATION, UserRole.ADMIN), 'p'))).toBe('OK');
    expect(codeOf(() => requireOrganisationAdmin(actor(OrganisationKind.ASSOCIATION, UserRole.REVIEWER), 'p'))).toBe(ErrorCode.FORBIDDEN);
  });

  it('reviewers exist only in the association, members only outside it', () => {
    expect(roleAllowedFor(OrganisationKind.ASSOCIATION, UserRole.REVIEWER)).toBe(true);
    expect(roleAllowedFor(OrganisationKind.ASSOCIATION, UserRole.MEMBER)).toBe(false);
    expect(roleAllowedFor(OrganisationKind.CLIENT, UserRole.REVIEWER)).toBe(false);
    expect(roleAllowedFor(OrganisationKind.PROVIDER, UserRole.MEMBER)).toBe(true);
  });
});

describe('country codes', () => {
  it.each(['FR', 'GB', 'CL', 'ZA'])('%s is an ISO 3166-1 alpha-2 code', (code) => expect(isCountryCode(code)).toBe(true));
  it.each(['fr', 'XX', 'FRA', '', 'UK'])('%p is refused', (code) => expect(isCountryCode(code)).toBe(false));
});
