import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OrganisationKind, OrganisationStatus, type Actor } from '@assay/domain';
import { CurrentActor } from '../../common/actor.decorator.js';
import { ParseIdPipe } from '../../common/parse-id.pipe.js';
import { InvitationType } from '../auth/dto/invitation.type.js';
import { UserType } from '../auth/dto/user.type.js';
import { CreatedOrganisationType } from './dto/created-organisation.type.js';
import { CreateOrganisationInput, UpdateOrganisationInput } from './dto/organisation.input.js';
import { OrganisationType } from './dto/organisation.type.js';
import { OrganisationsService } from './organisations.service.js';

@Resolver(() => OrganisationType)
export class OrganisationsResolver {
  constructor(private readonly service: OrganisationsService) {}

  @Query(() => [OrganisationType], { description: 'Every organisation (association staff only), optionally filtered' })
  organisations(
    @CurrentActor() actor: Actor | null,
    @Args('kind', { type: () => OrganisationKind, nullable: true }) kind?: OrganisationKind | null,
    @Args('status', { type: () => OrganisationStatus, nullable: true }) status?: OrganisationStatus | null,
  ) {
    return this.service.list(actor, { kind, status });
  }

  @Query(() => OrganisationType, { description: "The caller's own organisation, a verified provider, or (association staff) any" })
  organisation(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.service.findOne(actor, id);
  }

  @Query(() => [UserType], { description: "An organisation's users: for its admins and association staff" })
  organisationUsers(@CurrentActor() actor: Actor | null, @Args('organisationId', { type: () => ID }, ParseIdPipe) organisationId: string) {
    return this.service.users(actor, organisationId);
  }

  @Query(() => [InvitationType], { description: 'Invitations not yet accepted nor expired: for its admins and association admins' })
  pendingInvitations(@CurrentActor() actor: Actor | null, @Args('organisationId', { type: () => ID }, ParseIdPipe) organisationId: string) {
    return this.service.pendingInvitations(actor, organisationId);
  }

  @Mutation(() => CreatedOrganisationType, { description: 'Association admins: a CLIENT or PROVIDER, ACTIVE, with its first admin invitation' })
  createOrganisation(@CurrentActor() actor: Actor | null, @Args('input') input: CreateOrganisationInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => OrganisationType, { description: 'Association admins: PENDING_VERIFICATION becomes ACTIVE' })
  verifyOrganisation(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.service.verify(actor, id);
  }

  @Mutation(() => OrganisationType, { description: 'Its own admins or association admins' })
  updateOrganisation(@CurrentActor() actor: Actor | null, @Args('input') input: UpdateOrganisationInput) {
    return this.service.update(actor, input);
  }
}
