import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MembershipStatus, OrganisationStatus } from '@assay/domain';
import type { SupplierView } from '../supplier.repository.js';

/** `products` is a field resolved in batches by SupplierProductsResolver. */
@ObjectType('Supplier', { description: "A provider organisation's public profile; its id is the organisation's id" })
export class SupplierType implements SupplierView {
  @Field(() => ID)
  id: string;

  @Field()
  legalName: string;

  @Field({ description: 'ISO 3166-1 alpha-2 of the registered organisation' })
  country: string;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => OrganisationStatus, { description: 'PENDING_VERIFICATION suppliers are seen only by their own users and the association' })
  status: OrganisationStatus;

  @Field()
  description: string;

  @Field(() => [String])
  services: string[];

  @Field({ description: 'ISO 3166-1 alpha-2' })
  headquartersCountry: string;

  @Field(() => [String], { description: 'ISO 3166-1 alpha-2 codes' })
  operatingCountries: string[];

  @Field(() => MembershipStatus)
  membershipStatus: MembershipStatus;
}
