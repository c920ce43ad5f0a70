import { Module } from '@nestjs/common';
import { QuestionnairesResolver } from './questionnaires.resolver.js';
import { QuestionnairesService } from './questionnaires.service.js';

@Module({
  providers: [QuestionnairesService, QuestionnairesResolver],
  exports: [QuestionnairesService],
})
export class QuestionnairesModule {}
