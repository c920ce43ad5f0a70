import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import type { Actor } from '@assay/domain';
import { CurrentActor } from '../../common/actor.decorator.js';
import { ParseIdPipe } from '../../common/parse-id.pipe.js';
import type { GraphqlContext } from '../../graphql/graphql-context.js';
import { RescoreAssessmentsInput } from './dto/rescore-assessments.input.js';
import { RescoringConnectionType, RescoringFailureType, RescoringType } from './dto/rescoring.type.js';
import {
  RESCORINGS_DEFAULT_PAGE_SIZE,
  RESCORINGS_MAX_PAGE_SIZE,
  RESCORING_FAILURES_DEFAULT,
  RESCORING_FAILURES_MAX,
  RescoringService,
} from './rescoring.service.js';

type FailureLoaders = Map<number, DataLoader<string, RescoringFailureType[]>>;

@Resolver(() => RescoringType)
export class RescoringResolver {
  /** Per request, one loader per page size of `failures`: a list of re-scorings reads its failures in one statement. */
  private readonly perRequest = new WeakMap<object, FailureLoaders>();

  constructor(private readonly service: RescoringService) {}

  @Mutation(() => RescoringType, {
    description:
      'Association admins: score every SCORED, UNDER_REVIEW, APPROVED and REJECTED assessment again under a methodology version. ' +
      'The new runs sit beside the old ones; CONFLICT while another re-scoring runs',
  })
  rescoreAssessments(@CurrentActor() actor: Actor | null, @Args('input') input: RescoreAssessmentsInput) {
    return this.service.request(actor, input);
  }

  @Query(() => RescoringType, { description: 'Association staff: one re-scoring and its progress' })
  rescoring(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.service.get(actor, id);
  }

  @Query(() => RescoringConnectionType, { description: 'Association staff: the re-scorings, newest first' })
  rescorings(
    @CurrentActor() actor: Actor | null,
    @Args('first', { type: () => Int, defaultValue: RESCORINGS_DEFAULT_PAGE_SIZE, description: `1 to ${RESCORINGS_MAX_PAGE_SIZE}` }) first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page' }) after: string | null,
  ) {
    return this.service.page(actor, first, after);
  }

  @ResolveField(() => [RescoringFailureType], { description: 'The assessments it could not score, in the order they failed' })
  failures(
    @Parent() rescoring: RescoringType,
    @Context() context: GraphqlContext,
    @Args('first', { type: () => Int, defaultValue: RESCORING_FAILURES_DEFAULT, description: `1 to ${RESCORING_FAILURES_MAX}` }) first: number,
  ): Promise<RescoringFailureType[]> {
    // The parent was read through an access check (rescoring, rescorings, rescoreAssessments).
    let loaders = this.perRequest.get(context);
    if (!loaders) this.perRequest.set(context, (loaders = new Map()));
    let loader = loaders.get(first);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        const byRescoring = await this.service.failures(ids, first);
        return ids.map((id) => byRescoring.get(id) ?? []);
      });
      loaders.set(first, loader);
    }
    return loader.load(rescoring.id);
  }
}
