import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@assay/domain';
import { CurrentActor } from '../../common/actor.decorator.js';
import type { GraphqlContext } from '../../graphql/graphql-context.js';
import { AuthService } from './auth.service.js';
import { AuthPayloadType } from './dto/auth-payload.type.js';
import { AcceptInvitationInput, InviteUserInput, LoginInput, RefreshSessionInput, SignUpProviderInput } from './dto/auth.input.js';
import { IssuedInvitationType } from './dto/invitation.type.js';
import { UserType } from './dto/user.type.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Query(() => UserType, { description: 'The signed-in user and their organisation' })
  me(@CurrentActor() actor: Actor | null) {
    return this.auth.me(actor);
  }

  @Mutation(() => AuthPayloadType)
  login(@Args('input') input: LoginInput, @Context() context: GraphqlContext) {
    return this.auth.login(input, context.request.ip);
  }

  @Mutation(() => AuthPayloadType, { description: 'Exchanges a refresh token for a new session; the old token stops working' })
  refreshSession(@Args('input') input: RefreshSessionInput) {
    return this.auth.refresh(input.refreshToken);
  }

  @Mutation(() => Boolean, { description: 'Revokes the session of this refresh token' })
  logout(@Args('input') input: RefreshSessionInput) {
    return this.auth.logout(input.refreshToken);
  }

  @Mutation(() => IssuedInvitationType)
  inviteUser(@CurrentActor() actor: Actor | null, @Args('input') input: InviteUserInput) {
    return this.auth.invite(actor, input);
  }

  @Mutation(() => AuthPayloadType, { description: 'Sets the password of an invited user and signs them in' })
  acceptInvitation(@Args('input') input: AcceptInvitationInput) {
    return this.auth.acceptInvitation(input);
  }

  @Mutation(() => AuthPayloadType)
  signUpProvider(@Args('input') input: SignUpProviderInput, @Context() context: GraphqlContext) {
    return this.auth.signUpProvider(input, context.request.ip);
  }
}
