import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrganisationType } from '../../organisations/dto/organisation.type.js';

@ObjectType('WorkingGroupSupplier', { description: 'A provider on a working group watch-list' })
export class WorkingGroupSupplierType {
  @Field(() => ID)
  id: string;

  @Field()
  legalName: string;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  country: string;
}

@ObjectType('WorkingGroup', { description: 'An association-managed group of client organisations' })
export class WorkingGroupType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field()
  createdAt: Date;

  @Field(() => [OrganisationType], { description: 'The member client organisations, by legal name' })
  members: OrganisationType[];

  @Field(() => [WorkingGroupSupplierType], { description: 'The suppliers the group watches, by legal name' })
  watchList: WorkingGroupSupplierType[];
}
