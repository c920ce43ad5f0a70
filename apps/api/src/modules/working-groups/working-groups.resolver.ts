import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { WorkingGroup } from '@assay/database';
import type { Actor } from '@assay/domain';
import { CurrentActor } from '../../common/actor.decorator.js';
import { ParseIdPipe } from '../../common/parse-id.pipe.js';
import type { GraphqlContext } from '../../graphql/graphql-context.js';
import { OrganisationType } from '../organisations/dto/organisation.type.js';
import { CreateWorkingGroupInput, UpdateWorkingGroupInput } from './dto/working-group.input.js';
import { WorkingGroupSupplierType, WorkingGroupType } from './dto/working-group.type.js';
import { WorkingGroupLoaderFactory } from './working-group.loaders.js';
import { WorkingGroupsService } from './working-groups.service.js';

const ID_ARG = { type: () => ID };

@Resolver(() => WorkingGroupType)
export class WorkingGroupsResolver {
  constructor(
    private readonly service: WorkingGroupsService,
    private readonly loaders: WorkingGroupLoaderFactory,
  ) {}

  @Query(() => [WorkingGroupType], { description: 'Association staff: all; a client: the groups it belongs to; others: none' })
  workingGroups(@CurrentActor() actor: Actor | null) {
    return this.service.list(actor);
  }

  @Query(() => WorkingGroupType)
  workingGroup(@CurrentActor() actor: Actor | null, @Args('id', ID_ARG, ParseIdPipe) id: string) {
    return this.service.findOne(actor, id);
  }

  @Mutation(() => WorkingGroupType, { description: 'Association admins' })
  createWorkingGroup(@CurrentActor() actor: Actor | null, @Args('input') input: CreateWorkingGroupInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => WorkingGroupType, { description: 'Association admins' })
  updateWorkingGroup(@CurrentActor() actor: Actor | null, @Args('input') input: UpdateWorkingGroupInput) {
    return this.service.update(actor, input);
  }

  @Mutation(() => WorkingGroupType, { description: 'Association admins; the organisation must be a CLIENT' })
  addWorkingGroupMember(
    @CurrentActor() actor: Actor | null,
    @Args('workingGroupId', ID_ARG, ParseIdPipe) workingGroupId: string,
    @Args('organisationId', ID_ARG, ParseIdPipe) organisationId: string,
  ) {
    return this.service.addMember(actor, workingGroupId, organisationId);
  }

  @Mutation(() => WorkingGroupType, { description: 'Association admins' })
  removeWorkingGroupMember(
    @CurrentActor() actor: Actor | null,
    @Args('workingGroupId', ID_ARG, ParseIdPipe) workingGroupId: string,
    @Args('organisationId', ID_ARG, ParseIdPipe) organisationId: string,
  ) {
    return this.service.removeMember(actor, workingGroupId, organisationId);
  }

  @Mutation(() => WorkingGroupType, { description: 'Association admins; the supplier must be a verified PROVIDER organisation' })
  watchSupplier(
    @CurrentActor() actor: Actor | null,
    @Args('workingGroupId', ID_ARG, ParseIdPipe) workingGroupId: string,
    @Args('supplierId', ID_ARG, ParseIdPipe) supplierId: string,
  ) {
    return this.service.watchSupplier(actor, workingGroupId, supplierId);
  }

  @Mutation(() => WorkingGroupType, { description: 'Association admins' })
  unwatchSupplier(
    @CurrentActor() actor: Actor | null,
    @Args('workingGroupId', ID_ARG, ParseIdPipe) workingGroupId: string,
    @Args('supplierId', ID_ARG, ParseIdPipe) supplierId: string,
  ) {
    return this.service.unwatchSupplier(actor, workingGroupId, supplierId);
  }

  // The parent group was returned by an access-checked query or mutation above, so its lists are readable.
  @ResolveField(() => [OrganisationType])
  members(@Parent() group: WorkingGroup, @Context() context: GraphqlContext) {
    return this.loaders.for(context).members.load(group.id);
  }

  @ResolveField(() => [WorkingGroupSupplierType])
  watchList(@Parent() group: WorkingGroup, @Context() context: GraphqlContext) {
    return this.loaders.for(context).watchList.load(group.id);
  }
}
