import { Module } from '@nestjs/common';
import { WorkingGroupLoaderFactory } from './working-group.loaders.js';
import { WorkingGroupsResolver } from './working-groups.resolver.js';
import { WorkingGroupsService } from './working-groups.service.js';

@Module({
  providers: [WorkingGroupsService, WorkingGroupsResolver, WorkingGroupLoaderFactory],
  exports: [WorkingGroupsService],
})
export class WorkingGroupsModule {}
