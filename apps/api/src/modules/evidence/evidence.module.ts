import { resolve } from 'node:path';
import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@assay/config';
import { AssessmentAccessModule } from '../assessments/assessment-access.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { BearerActorGuard } from '../../common/rest-actor.js';
import { EvidenceController } from './evidence.controller.js';
import { EvidenceResolver } from './evidence.resolver.js';
import { EvidenceService } from './evidence.service.js';
import { EVIDENCE_STORAGE } from './evidence-storage.js';
import { EvidenceUploadService } from './evidence-upload.service.js';
import { LocalDiskEvidenceStorage } from './local-disk-evidence-storage.js';

@Module({
  imports: [AuthModule, AssessmentAccessModule],
  controllers: [EvidenceController],
  providers: [
    EvidenceService,
    EvidenceUploadService,
    EvidenceResolver,
    BearerActorGuard,
    { provide: EVIDENCE_STORAGE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new LocalDiskEvidenceStorage(resolve(config.EVIDENCE_DIR)) },
  ],
  exports: [EvidenceService, EVIDENCE_STORAGE],
})
export class EvidenceModule {}
