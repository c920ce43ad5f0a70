import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@assay/domain';
import { CurrentActor } from '../../common/actor.decorator.js';
import { ParseIdPipe } from '../../common/parse-id.pipe.js';
import { AssessmentShareType } from './dto/assessment-share.type.js';
import { ShareAssessmentInput } from './dto/share-assessment.input.js';
import { SharingService } from './sharing.service.js';

@Resolver(() => AssessmentShareType)
export class SharingResolver {
  constructor(private readonly sharing: SharingService) {}

  @Query(() => [AssessmentShareType], { description: "Every grant and withdrawal, newest first: the provider's users and association staff" })
  assessmentShares(@CurrentActor() actor: Actor | null, @Args('assessmentId', { type: () => ID }, ParseIdPipe) assessmentId: string) {
    return this.sharing.list(actor, assessmentId);
  }

  @Mutation(() => AssessmentShareType, { description: "The provider's admins; the target's users are notified" })
  shareAssessment(@CurrentActor() actor: Actor | null, @Args('input') input: ShareAssessmentInput) {
    return this.sharing.share(actor, input);
  }

  @Mutation(() => AssessmentShareType, { description: "The provider's admins; the share stays in the history" })
  withdrawAssessmentShare(@CurrentActor() actor: Actor | null, @Args('shareId', { type: () => ID }, ParseIdPipe) shareId: string) {
    return this.sharing.withdraw(actor, shareId);
  }
}
