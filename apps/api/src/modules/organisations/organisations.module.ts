import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { OrganisationsResolver } from './organisations.resolver.js';
import { OrganisationsService } from './organisations.service.js';

@Module({
  imports: [AuthModule],
  providers: [OrganisationsService, OrganisationsResolver],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
