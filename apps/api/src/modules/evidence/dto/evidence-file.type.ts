import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('EvidenceFile', { description: "A file a provider uploaded as evidence; download it with GET /evidence/{id}" })
export class EvidenceFileType {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: 'The assessment it was uploaded for' })
  assessmentId: string | null;

  @Field({ description: 'The name it was uploaded under (for display only)' })
  originalName: string;

  @Field({ description: 'Detected from the content, not taken from the name' })
  contentType: string;

  @Field(() => Int)
  sizeBytes: number;

  @Field({ description: 'SHA-256 of the content, hexadecimal' })
  sha256: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: after this date the evidence is no longer current' })
  validUntil: string | null;

  @Field()
  uploadedAt: Date;

  @Field(() => [String], { description: "The questions of this assessment whose answers it is attached to" })
  questionCodes: string[];
}
