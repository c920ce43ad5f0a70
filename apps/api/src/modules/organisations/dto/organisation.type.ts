import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrganisationKind, OrganisationStatus } from '@assay/domain';

@ObjectType('Organisation')
export class OrganisationType {
  @Field(() => ID)
  id: string;

  @Field(() => OrganisationKind)
  kind: OrganisationKind;

  @Field(() => OrganisationStatus)
  status: OrganisationStatus;

  @Field()
  legalName: string;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  country: string;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true })
  registrationNumber: string | null;

  @Field()
  createdAt: Date;
}
