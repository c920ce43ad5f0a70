import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@assay/domain';
import { CurrentActor } from '../../common/actor.decorator.js';
import { NotificationConnectionType } from './dto/notification.type.js';
import { NOTIFICATIONS_DEFAULT_PAGE_SIZE, NOTIFICATIONS_MAX_PAGE_SIZE, NotificationsService } from './notifications.service.js';

@Resolver()
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationConnectionType, { description: "The signed-in user's notifications, newest first" })
  notifications(
    @CurrentActor() actor: Actor | null,
    @Args('unreadOnly', { type: () => Boolean, defaultValue: false }) unreadOnly: boolean,
    @Args('first', { type: () => Int, defaultValue: NOTIFICATIONS_DEFAULT_PAGE_SIZE, description: `1 to ${NOTIFICATIONS_MAX_PAGE_SIZE}` }) first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page' }) after: string | null,
  ) {
    return this.service.page(actor, unreadOnly, first, after);
  }

  @Query(() => Int, { description: "How many of the signed-in user's notifications are unread" })
  unreadNotificationCount(@CurrentActor() actor: Actor | null) {
    return this.service.unreadCount(actor);
  }

  @Mutation(() => Int, {
    description:
      "Marks the signed-in user's notifications read (all of them when `ids` is omitted) and answers how many changed. " +
      "Ids that are not the caller's own unread notifications are ignored.",
  })
  markNotificationsRead(@CurrentActor() actor: Actor | null, @Args('ids', { type: () => [ID], nullable: true }) ids: string[] | null) {
    return this.service.markRead(actor, ids);
  }
}
