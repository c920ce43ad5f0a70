import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UserRole } from '@assay/domain';
import { OrganisationType } from '../../organisations/dto/organisation.type.js';

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => UserRole)
  role: UserRole;

  @Field(() => OrganisationType)
  organisation: OrganisationType;
}
