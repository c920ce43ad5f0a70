import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Assessment } from '@assay/database';
import { isAssociation, type Actor } from '@assay/domain';
import { CurrentActor } from '../../common/actor.decorator.js';
import { ParseIdPipe } from '../../common/parse-id.pipe.js';
import type { GraphqlContext } from '../../graphql/graphql-context.js';
import { AssessmentType } from '../assessments/dto/assessment.type.js';
import {
  ApproveAssessmentInput,
  ProposeScoreOverrideInput,
  RejectAssessmentInput,
  RequestAssessmentChangesInput,
  ReviewQueueFilterInput,
} from './dto/review-inputs.input.js';
import { ReviewClaimType, ReviewQueueConnectionType, ReviewType, ScoreOverrideType } from './dto/review.type.js';
import { REVIEW_QUEUE_DEFAULT_PAGE_SIZE, REVIEW_QUEUE_MAX_PAGE_SIZE, ReviewQueueService } from './review-queue.service.js';
import { ReviewReads } from './review-reads.js';
import { ReviewsService } from './reviews.service.js';
import { ScoreOverridesService } from './score-overrides.service.js';

/** The review queue, claims, decisions and overrides, and the review fields of Assessment. */
@Resolver(() => AssessmentType)
export class ReviewsResolver {
  constructor(
    private readonly queue: ReviewQueueService,
    private readonly decisions: ReviewsService,
    private readonly overrides: ScoreOverridesService,
    private readonly reads: ReviewReads,
  ) {}

  @Query(() => ReviewQueueConnectionType, { description: 'Association staff: scored assessments to review (SCORED and UNDER_REVIEW), oldest first by when they were scored' })
  reviewQueue(
    @CurrentActor() actor: Actor | null,
    @Args('filter', { type: () => ReviewQueueFilterInput, nullable: true }) filter: ReviewQueueFilterInput | null,
    @Args('first', { type: () => Int, defaultValue: REVIEW_QUEUE_DEFAULT_PAGE_SIZE, description: `1 to ${REVIEW_QUEUE_MAX_PAGE_SIZE}` }) first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page' }) after: string | null,
  ) {
    return this.queue.page(actor, filter, first, after);
  }

  @Mutation(() => AssessmentType, { description: 'Association staff: take a SCORED assessment for review (UNDER_REVIEW); only the claimant decides' })
  claimAssessmentReview(@CurrentActor() actor: Actor | null, @Args('assessmentId', { type: () => ID }, ParseIdPipe) assessmentId: string) {
    return this.decisions.claim(actor, assessmentId);
  }

  @Mutation(() => AssessmentType, { description: 'The claimant or an association admin: give the review back to the queue (SCORED)' })
  releaseAssessmentReview(@CurrentActor() actor: Actor | null, @Args('assessmentId', { type: () => ID }, ParseIdPipe) assessmentId: string) {
    return this.decisions.release(actor, assessmentId);
  }

  @Mutation(() => AssessmentType, { description: 'The claimant: approve (conditions are required when the scores give CERTIFIED_WITH_CONDITIONS)' })
  approveAssessment(@CurrentActor() actor: Actor | null, @Args('input') input: ApproveAssessmentInput) {
    return this.decisions.approve(actor, input);
  }

  @Mutation(() => AssessmentType, { description: 'The claimant: reject, saying why' })
  rejectAssessment(@CurrentActor() actor: Actor | null, @Args('input') input: RejectAssessmentInput) {
    return this.decisions.reject(actor, input);
  }

  @Mutation(() => AssessmentType, { description: 'The claimant: ask the provider for changes (answers reopen; the next submission is scored anew)' })
  requestAssessmentChanges(@CurrentActor() actor: Actor | null, @Args('input') input: RequestAssessmentChangesInput) {
    return this.decisions.requestChanges(actor, input);
  }

  @Mutation(() => ScoreOverrideType, { description: 'Association staff, while UNDER_REVIEW: propose a new tier and/or maturity, with a justification' })
  async proposeScoreOverride(@CurrentActor() actor: Actor | null, @Args('input') input: ProposeScoreOverrideInput) {
    return this.reads.override((await this.overrides.propose(actor, input)).id);
  }

  @Mutation(() => ScoreOverrideType, { description: 'Another association reviewer or admin than the proposer: put a pending override in force (four eyes)' })
  async confirmScoreOverride(@CurrentActor() actor: Actor | null, @Args('overrideId', { type: () => ID }, ParseIdPipe) overrideId: string) {
    return this.reads.override((await this.overrides.confirm(actor, overrideId)).id);
  }

  @Mutation(() => ScoreOverrideType, { description: 'The proposer or an association admin: withdraw a pending override' })
  async withdrawScoreOverride(@CurrentActor() actor: Actor | null, @Args('overrideId', { type: () => ID }, ParseIdPipe) overrideId: string) {
    return this.reads.override((await this.overrides.withdraw(actor, overrideId)).id);
  }

  @ResolveField(() => [ReviewType], { description: 'Review decisions, newest first, with their comments (whoever sees the assessment)' })
  reviews(@Parent() assessment: Assessment, @Context() context: GraphqlContext) {
    return this.reads.for(context).reviews.load(assessment.id);
  }

  @ResolveField(() => ReviewClaimType, { nullable: true, description: 'Association staff: who is reviewing it' })
  reviewClaim(@Parent() assessment: Assessment, @CurrentActor() actor: Actor | null, @Context() context: GraphqlContext) {
    return isAssociation(actor) ? this.reads.claimOf(assessment.claimedByUserId ?? null, assessment.claimedAt ?? null, context) : null;
  }

  @ResolveField(() => [ScoreOverrideType], { description: 'Association staff: every override, pending ones included, newest first (others: empty; the scorecard shows the one in force)' })
  async scoreOverrides(@Parent() assessment: Assessment, @CurrentActor() actor: Actor | null, @Context() context: GraphqlContext) {
    return isAssociation(actor) ? this.reads.for(context).overrides.load(assessment.id) : [];
  }
}
