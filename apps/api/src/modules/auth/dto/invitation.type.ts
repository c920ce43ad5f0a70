import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UserRole } from '@assay/domain';

@ObjectType('Invitation')
export class InvitationType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field()
  email: string;

  @Field(() => UserRole)
  role: UserRole;

  @Field()
  expiresAt: Date;
}

@ObjectType('IssuedInvitation', { description: 'Shown once to the inviting admin: no mail server is required' })
export class IssuedInvitationType {
  @Field(() => InvitationType)
  invitation: InvitationType;

  @Field({ description: 'The one-time token for acceptInvitation' })
  token: string;
}
