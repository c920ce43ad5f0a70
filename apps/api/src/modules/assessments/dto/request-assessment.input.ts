import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsUUID, Matches } from 'class-validator';

export const MAX_PRODUCTS_PER_ASSESSMENT = 50;

@InputType({ description: 'An assessment of a supplier for a scope of its products, answered against the pinned questionnaire version' })
export class RequestAssessmentInput {
  @Field(() => ID, { description: 'The provider organisation to assess' })
  @IsUUID('all', { message: 'must be a supplier id' })
  supplierId: string;

  @Field(() => [ID], { description: `The scope: 1 to ${MAX_PRODUCTS_PER_ASSESSMENT} products of that supplier` })
  @IsArray()
  @ArrayMinSize(1, { message: 'must list at least one product' })
  @ArrayMaxSize(MAX_PRODUCTS_PER_ASSESSMENT, { message: `must list at most ${MAX_PRODUCTS_PER_ASSESSMENT} products` })
  @IsUUID('all', { each: true, message: 'must list product ids' })
  productIds: string[];

  @Field({ description: 'ISO date (YYYY-MM-DD), from today to two years ahead' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD' })
  dueDate: string;

  @Field(() => ID, { nullable: true, description: 'Request on behalf of a working group (its members will see the assessment)' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a working group id' })
  workingGroupId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A published questionnaire version; default: the newest published version of the default questionnaire' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a questionnaire template id' })
  templateId?: string | null;
}
