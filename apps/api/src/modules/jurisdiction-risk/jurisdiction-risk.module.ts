import { Module } from '@nestjs/common';
import { JurisdictionRiskResolver } from './jurisdiction-risk.resolver.js';
import { JurisdictionRiskService } from './jurisdiction-risk.service.js';

@Module({
  providers: [JurisdictionRiskService, JurisdictionRiskResolver],
  exports: [JurisdictionRiskService],
})
export class JurisdictionRiskModule {}
