import { Field, ID, ObjectType } from '@nestjs/graphql';
import { NotificationKind } from '@assay/database';
import { PageInfoType } from '../../../common/page-info.type.js';

@ObjectType('Notification', { description: 'An in-app message to the signed-in user; the client renders its text from `kind` and `data`' })
export class NotificationType {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field({ description: 'What it is about, as a JSON object, e.g. {"assessmentId": "…", "supplierName": "…"}' })
  data: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'Null while unread' })
  readAt: Date | null;
}

@ObjectType('NotificationConnection')
export class NotificationConnectionType {
  @Field(() => [NotificationType])
  nodes: NotificationType[];

  @Field(() => PageInfoType)
  pageInfo: PageInfoType;
}
