import { Field, InputType } from '@nestjs/graphql';
import { Allow } from 'class-validator';
import { MembershipStatus, ProductCategory } from '@assay/domain';

/**
 * `@Allow` only keeps the fields through the global whitelist: they are checked by parseDirectoryQuery, so
 * a problem is named `filter.<field>` (the global pipe would call every argument `input`).
 */
@InputType()
export class DirectoryFilterInput {
  @Field(() => ProductCategory, { nullable: true, description: 'Suppliers with at least one product of this category' })
  @Allow()
  category?: ProductCategory | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2: headquarters, a country of operation, or where a product is deployed' })
  @Allow()
  country?: string | null;

  @Field(() => MembershipStatus, { nullable: true })
  @Allow()
  membershipStatus?: MembershipStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only suppliers holding a VALID certificate still within its validity' })
  @Allow()
  certified?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive, in the legal name, description, services or product names' })
  @Allow()
  text?: string | null;
}
