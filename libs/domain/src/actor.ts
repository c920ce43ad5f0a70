import { forbidden, notFound, unauthenticated } from './errors.js';
import { OrganisationKind, OrganisationStatus, UserRole } from './organisation.js';

/** Who is calling: taken from a verified access token. `null` is an anonymous caller. */
export interface Actor {
  userId: string;
  organisationId: string;
  organisationKind: OrganisationKind;
  organisationStatus: OrganisationStatus;
  role: UserRole;
}

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  return actor;
}

export function isAssociation(actor: Actor | null): boolean {
  return actor?.organisationKind === OrganisationKind.ASSOCIATION;
}

export function isAssociationAdmin(actor: Actor | null): boolean {
  return isAssociation(actor) && actor?.role === UserRole.ADMIN;
}

/** Association staff who may decide: reviewers and admins. */
export function requireAssociationStaff(actor: Actor | null): Actor {
  const caller = requireActor(actor);
  if (!isAssociation(caller)) throw forbidden('Only association staff may do this');
  return caller;
}

export function requireAssociationAdmin(actor: Actor | null): Actor {
  const caller = requireActor(actor);
  if (!isAssociationAdmin(caller)) throw forbidden('Only association admins may do this');
  return caller;
}

/**
 * An admin of the given organisation, or an association admin. Its own members and association reviewers
 * are refused (FORBIDDEN); anyone else is an outsider, for whom the organisation does not exist (NOT_FOUND).
 */
export function requireOrganisationAdmin(actor: Actor | null, organisationId: string): Actor {
  const caller = requireActor(actor);
  const insider = caller.organisationId === organisationId;
  if ((insider && caller.role === UserRole.ADMIN) || isAssociationAdmin(caller)) return caller;
  if (insider || isAssociation(caller)) throw forbidden('Only an admin of this organisation may do this');
  throw notFound('Organisation');
}

/** Association staff, or the caller's own organisation: who may read an organisation's private parts (users, invitations). */
export function isStaffOrMemberOf(actor: Actor, organisationId: string): boolean {
  return isAssociation(actor) || actor.organisationId === organisationId;
}

/** An admin of the given organisation, or any association staff (reviewers read, they do not manage). */
export function requireOrganisationAdminOrStaff(actor: Actor | null, organisationId: string): Actor {
  const caller = requireActor(actor);
  const ownAdmin = caller.organisationId === organisationId && caller.role === UserRole.ADMIN;
  if (!ownAdmin && !isAssociation(caller)) throw forbidden('Only an admin of this organisation or association staff may do this');
  return caller;
}

/**
 * Whether the caller may see an organisation at all (the others answer NOT_FOUND): association staff see
 * every one, a user their own, and anyone signed in a verified provider (directory information).
 */
export function canSeeOrganisation(
  actor: Actor,
  organisation: { id: string; kind: OrganisationKind; status: OrganisationStatus },
): boolean {
  const verifiedProvider = organisation.kind === OrganisationKind.PROVIDER && organisation.status === OrganisationStatus.ACTIVE;
  return isStaffOrMemberOf(actor, organisation.id) || verifiedProvider;
}

/**
 * Checked before any lookup: only provider users and association admins ever manage supplier data, so a
 * client or a reviewer is refused without learning whether the id exists.
 */
export function requireSupplierEditor(actor: Actor | null): Actor {
  const caller = requireActor(actor);
  if (!isAssociationAdmin(caller) && caller.organisationKind !== OrganisationKind.PROVIDER) {
    throw forbidden('Only the supplier itself or association admins may do this');
  }
  return caller;
}

function requireSupplierRole(actor: Actor | null, supplierId: string, roles: readonly UserRole[], what: string): Actor {
  const caller = requireSupplierEditor(actor);
  if (isAssociationAdmin(caller)) return caller;
  // Another provider's supplier (or its product) answers as if it did not exist.
  if (caller.organisationId !== supplierId) throw notFound(what);
  if (!roles.includes(caller.role)) throw forbidden('Only an admin of this supplier may do this');
  return caller;
}

/** A user (ADMIN or MEMBER) of the supplier, or an association admin; another provider gets NOT_FOUND for `what`. */
export function requireProviderMember(actor: Actor | null, supplierId: string, what = 'Supplier'): Actor {
  return requireSupplierRole(actor, supplierId, [UserRole.ADMIN, UserRole.MEMBER], what);
}

/** An ADMIN of the supplier, or an association admin; another provider gets NOT_FOUND for `what`. */
export function requireProviderAdmin(actor: Actor | null, supplierId: string, what = 'Supplier'): Actor {
  return requireSupplierRole(actor, supplierId, [UserRole.ADMIN], what);
}

/** An ACTIVE supplier is public; one pending verification is seen only by its own users and the association. */
export function canSeeSupplier(actor: Actor | null, supplier: { id: string; status: OrganisationStatus }): boolean {
  return supplier.status === OrganisationStatus.ACTIVE || isAssociation(actor) || actor?.organisationId === supplier.id;
}
