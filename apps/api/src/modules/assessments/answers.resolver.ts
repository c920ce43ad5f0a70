import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@assay/domain';
import { CurrentActor } from '../../common/actor.decorator.js';
import type { GraphqlContext } from '../../graphql/graphql-context.js';
import { AssessmentLoaderFactory } from './assessment.loaders.js';
import { AnswersService } from './answers.service.js';
import type { AnswerView } from './answer.view.js';
import { EvidenceFileType } from '../evidence/dto/evidence-file.type.js';
import { AnswerAuthorType, AnswerType } from './dto/answer.type.js';
import { SaveAnswersInput } from './dto/save-answers.input.js';

@Resolver(() => AnswerType)
export class AnswersResolver {
  constructor(
    private readonly service: AnswersService,
    private readonly loaders: AssessmentLoaderFactory,
  ) {}

  @Mutation(() => [AnswerType], {
    description:
      "By the supplier's users while answers are open: all the answers are saved, or none. Each names the version it was read at; " +
      'a stale one answers CONFLICT naming the question codes.',
  })
  saveAnswers(@CurrentActor() actor: Actor | null, @Args('input') input: SaveAnswersInput) {
    return this.service.save(actor, input);
  }

  @ResolveField(() => AnswerAuthorType, { nullable: true })
  answeredBy(@Parent() answer: AnswerView, @Context() context: GraphqlContext) {
    return answer.answeredByUserId ? this.loaders.for(context).authors.load(answer.answeredByUserId) : null;
  }

  @ResolveField(() => [EvidenceFileType])
  evidence(@Parent() answer: AnswerView, @Context() context: GraphqlContext) {
    return this.loaders.for(context).evidence.load(answer.id);
  }
}
