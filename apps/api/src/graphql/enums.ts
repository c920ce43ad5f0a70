import { registerEnumType } from '@nestjs/graphql';
import {
  Capability,
  DeploymentContext,
  JurisdictionRiskLevel,
  MembershipStatus,
  OrganisationKind,
  OrganisationStatus,
  ProductCategory,
  UserRole,
} from '@assay/domain';

/** The domain's enums, exposed to GraphQL under the same names and values. */
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });
registerEnumType(OrganisationStatus, { name: 'OrganisationStatus' });
registerEnumType(UserRole, { name: 'UserRole' });
registerEnumType(ProductCategory, { name: 'ProductCategory' });
registerEnumType(Capability, { name: 'Capability' });
registerEnumType(DeploymentContext, { name: 'DeploymentContext' });
registerEnumType(JurisdictionRiskLevel, { name: 'JurisdictionRiskLevel' });
registerEnumType(MembershipStatus, { name: 'MembershipStatus' });
