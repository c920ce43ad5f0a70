import { Module } from '@nestjs/common';
import { AssessmentAccessModule } from '../assessments/assessment-access.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { SharingResolver } from './sharing.resolver.js';
import { SharingService } from './sharing.service.js';

@Module({
  imports: [AssessmentAccessModule, NotificationsModule],
  providers: [SharingService, SharingResolver],
})
export class SharingModule {}
