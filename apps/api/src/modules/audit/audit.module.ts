import { Module } from '@nestjs/common';
import { AuditResolver } from './audit.resolver.js';
import { AuditTrailService } from './audit-trail.service.js';

/** Reading the audit trail (writers call recordAudit from @assay/database in their own transactions). */
@Module({ providers: [AuditTrailService, AuditResolver] })
export class AuditModule {}
