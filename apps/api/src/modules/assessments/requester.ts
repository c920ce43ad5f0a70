import { RequesterKind } from '@assay/database';
import { OrganisationKind, UserRole, forbidden, notFound, type Actor } from '@assay/domain';

/**
 * Who may request an assessment of `supplierId`, and as what: any client user (for a working group: one
 * its organisation belongs to, checked against the database by the caller), any association staff (for
 * any working group), or an admin of the supplier itself. A provider naming another supplier, or any
 * working group, is told it does not exist.
 */
export function requesterKindOf(actor: Actor, supplierId: string, workingGroupId: string | null): RequesterKind {
  switch (actor.organisationKind) {
    case OrganisationKind.PROVIDER:
      if (actor.organisationId !== supplierId) throw notFound('Supplier');
      if (actor.role !== UserRole.ADMIN) throw forbidden('Only an admin of the supplier may request its own assessment');
      if (workingGroupId) throw notFound('Working group');
      return RequesterKind.PROVIDER;
    case OrganisationKind.CLIENT:
      return workingGroupId ? RequesterKind.WORKING_GROUP : RequesterKind.CLIENT;
    case OrganisationKind.ASSOCIATION:
      return workingGroupId ? RequesterKind.WORKING_GROUP : RequesterKind.ASSOCIATION;
  }
}
