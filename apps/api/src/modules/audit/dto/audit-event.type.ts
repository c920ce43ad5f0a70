import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PageInfoType } from '../../../common/page-info.type.js';

@ObjectType('AuditActor')
export class AuditActorType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'Null when the user no longer exists' })
  displayName: string | null;
}

@ObjectType('AuditEvent', { description: 'One link of the append-only, hash-chained audit trail' })
export class AuditEventType {
  @Field(() => ID)
  id: string;

  @Field()
  occurredAt: Date;

  @Field({ description: 'e.g. assessment.approved, assessment.score_override_confirmed' })
  action: string;

  @Field()
  entityType: string;

  @Field()
  entityId: string;

  @Field(() => AuditActorType, { nullable: true, description: 'Null for the system (e.g. the scoring worker)' })
  actor: AuditActorType | null;

  @Field(() => ID, { nullable: true })
  organisationId: string | null;

  @Field({ description: 'What the event records, as JSON' })
  data: string;

  @Field()
  hash: string;
}

@ObjectType('AuditEventConnection')
export class AuditEventConnectionType {
  @Field(() => [AuditEventType])
  nodes: AuditEventType[];

  @Field(() => PageInfoType)
  pageInfo: PageInfoType;
}
