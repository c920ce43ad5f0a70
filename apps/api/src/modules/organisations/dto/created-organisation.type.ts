import { Field, ObjectType } from '@nestjs/graphql';
import { IssuedInvitationType } from '../../auth/dto/invitation.type.js';
import { OrganisationType } from './organisation.type.js';

@ObjectType('CreatedOrganisation')
export class CreatedOrganisationType {
  @Field(() => OrganisationType)
  organisation: OrganisationType;

  @Field(() => IssuedInvitationType, { description: 'The invitation of the first admin; its token is shown only here' })
  invitation: IssuedInvitationType;
}
