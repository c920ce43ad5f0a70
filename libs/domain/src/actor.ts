import { forbidden, unauthenticated } from './errors.js';
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

/** An admin of the given organisation, or an association admin. */
export function requireOrganisationAdmin(actor: Actor | null, organisationId: string): Actor {
  const caller = requireActor(actor);
  const ownAdmin = caller.organisationId === organisationId && caller.role === UserRole.ADMIN;
  if (!ownAdmin && !isAssociationAdmin(caller)) throw forbidden('Only an admin of this organisation may do this');
  return caller;
}
