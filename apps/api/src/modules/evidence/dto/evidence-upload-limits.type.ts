import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('EvidenceUploadLimits', { description: 'What POST /evidence accepts, so a form can check a file before sending it' })
export class EvidenceUploadLimitsType {
  @Field(() => Int, { description: 'The largest file accepted, in bytes' })
  maxBytes: number;

  @Field(() => [String], { description: 'The content types accepted (detected from the content, not the name)' })
  contentTypes: string[];

  @Field(() => [String], { description: 'The file-name extensions of those types, without the dot, e.g. `pdf`' })
  extensions: string[];
}
