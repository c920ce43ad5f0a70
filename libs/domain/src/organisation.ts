export enum OrganisationKind {
  CLIENT = 'CLIENT',
  PROVIDER = 'PROVIDER',
  ASSOCIATION = 'ASSOCIATION',
}

export enum OrganisationStatus {
  ACTIVE = 'ACTIVE',
  PENDING_VERIFICATION = 'PENDING_VERIFICATION',
}

export enum UserRole {
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
  REVIEWER = 'REVIEWER',
}

/** Roles each organisation kind may give its users (REVIEWER only in the association, MEMBER only outside it). */
export const ROLES_BY_KIND: Readonly<Record<OrganisationKind, readonly UserRole[]>> = Object.freeze({
  [OrganisationKind.CLIENT]: [UserRole.ADMIN, UserRole.MEMBER],
  [OrganisationKind.PROVIDER]: [UserRole.ADMIN, UserRole.MEMBER],
  [OrganisationKind.ASSOCIATION]: [UserRole.ADMIN, UserRole.REVIEWER],
});

export function roleAllowedFor(kind: OrganisationKind, role: UserRole): boolean {
  return ROLES_BY_KIND[kind].includes(role);
}
