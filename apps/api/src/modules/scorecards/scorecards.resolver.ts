import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ScoreRunTrigger, type Assessment } from '@assay/database';
import { isAssociation, type Actor } from '@assay/domain';
import { CurrentActor } from '../../common/actor.decorator.js';
import { ParseIdPipe } from '../../common/parse-id.pipe.js';
import type { GraphqlContext } from '../../graphql/graphql-context.js';
import { AssessmentType } from '../assessments/dto/assessment.type.js';
import { CertificateEligibilityType, ScorecardType, ScoreRunSummaryType } from './dto/scorecard.type.js';
import { eligibilityView } from './scorecard.view.js';
import { ScorecardsService, type ScoreRunLoaders } from './scorecards.service.js';

/** The scoring fields of Assessment, and the staff retry. */
@Resolver(() => AssessmentType)
export class ScorecardsResolver {
  private readonly perRequest = new WeakMap<object, ScoreRunLoaders>();

  constructor(private readonly scorecards: ScorecardsService) {}

  @Mutation(() => AssessmentType, { description: 'Association staff: score a SCORING_FAILED assessment again' })
  retryScoring(@CurrentActor() actor: Actor | null, @Args('assessmentId', { type: () => ID }, ParseIdPipe) assessmentId: string) {
    return this.scorecards.retryScoring(actor, assessmentId);
  }

  @ResolveField(() => ScorecardType, { nullable: true, description: "The latest submission's score run, explained (re-scoring runs are in scoreRuns); null before scoring, and for the provider's users until reviewed" })
  async scorecard(@Parent() assessment: Assessment, @CurrentActor() actor: Actor | null, @Context() context: GraphqlContext): Promise<ScorecardType | null> {
    if (!this.scorecards.canSeeScores(actor, assessment)) return null;
    const loaders = this.loaders(context);
    const run = await loaders.latest.load(assessment.id);
    return run ? this.scorecards.view(run, assessment.templateId, await loaders.override.load(run.id)) : null;
  }

  @ResolveField(() => CertificateEligibilityType, {
    nullable: true,
    description: 'Whether a certificate may be issued, and why not: effective scores (after a confirmed override) and the approval. Null before scoring, and for the provider until reviewed',
  })
  async certificateEligibility(@Parent() assessment: Assessment, @CurrentActor() actor: Actor | null, @Context() context: GraphqlContext): Promise<CertificateEligibilityType | null> {
    if (!this.scorecards.canSeeScores(actor, assessment)) return null;
    const loaders = this.loaders(context);
    const run = await loaders.latest.load(assessment.id);
    return run ? eligibilityView(run, await loaders.override.load(run.id), assessment.status) : null;
  }

  @ResolveField(() => [ScoreRunSummaryType], {
    description: 'Score runs, newest first: every run for association staff; the submissions\' runs only for others (re-scoring runs are not reviewed); empty while the caller may not see scores',
  })
  async scoreRuns(@Parent() assessment: Assessment, @CurrentActor() actor: Actor | null, @Context() context: GraphqlContext): Promise<ScoreRunSummaryType[]> {
    if (!this.scorecards.canSeeScores(actor, assessment)) return [];
    const runs = await this.loaders(context).history.load(assessment.id);
    return isAssociation(actor) ? runs : runs.filter((run) => run.trigger === ScoreRunTrigger.SUBMISSION);
  }

  @ResolveField(() => String, { nullable: true, description: 'Association staff: why scoring failed (SCORING_FAILED)' })
  scoringError(@Parent() assessment: Assessment, @CurrentActor() actor: Actor | null): string | null {
    return isAssociation(actor) ? (assessment.scoringError ?? null) : null;
  }

  private loaders(context: GraphqlContext): ScoreRunLoaders {
    let loaders = this.perRequest.get(context);
    if (!loaders) this.perRequest.set(context, (loaders = this.scorecards.loaders()));
    return loaders;
  }
}
