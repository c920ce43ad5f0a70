import { Field, Int, ObjectType } from '@nestjs/graphql';
import { UserType } from './user.type.js';

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field({ description: 'Short-lived JWT for the Authorization: Bearer header' })
  accessToken: string;

  @Field(() => Int)
  accessTokenExpiresIn: number;

  @Field({ description: 'One-time token for refreshSession; each use returns a new one' })
  refreshToken: string;

  @Field(() => UserType)
  user: UserType;
}
