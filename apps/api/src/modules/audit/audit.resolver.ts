import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@assay/domain';
import { CurrentActor } from '../../common/actor.decorator.js';
import { AUDIT_TRAIL_DEFAULT_PAGE_SIZE, AUDIT_TRAIL_MAX_PAGE_SIZE, AuditTrailService } from './audit-trail.service.js';
import { AuditEventConnectionType } from './dto/audit-event.type.js';

@Resolver()
export class AuditResolver {
  constructor(private readonly trail: AuditTrailService) {}

  @Query(() => AuditEventConnectionType, { description: 'Association admins: the audit trail of one entity (e.g. entityType "assessment"), newest first' })
  auditTrail(
    @CurrentActor() actor: Actor | null,
    @Args('entityType') entityType: string,
    @Args('entityId') entityId: string,
    @Args('first', { type: () => Int, defaultValue: AUDIT_TRAIL_DEFAULT_PAGE_SIZE, description: `1 to ${AUDIT_TRAIL_MAX_PAGE_SIZE}` }) first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page' }) after: string | null,
  ) {
    return this.trail.page(actor, entityType, entityId, first, after);
  }
}
