import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { DIRECTORY_DEFAULT_PAGE_SIZE, DIRECTORY_MAX_PAGE_SIZE } from './directory-query.js';
import { DirectoryService } from './directory.service.js';
import { DirectoryFilterInput } from './dto/directory-filter.input.js';
import { SupplierConnectionType } from './dto/supplier-connection.type.js';

@Resolver()
export class DirectoryResolver {
  constructor(private readonly directoryService: DirectoryService) {}

  @Query(() => SupplierConnectionType, { description: 'Public: verified providers ordered by legal name, with their products' })
  directory(
    @Args('filter', { type: () => DirectoryFilterInput, nullable: true }) filter: DirectoryFilterInput | null,
    @Args('first', { type: () => Int, defaultValue: DIRECTORY_DEFAULT_PAGE_SIZE, description: `1 to ${DIRECTORY_MAX_PAGE_SIZE}` }) first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page' }) after: string | null,
  ) {
    return this.directoryService.page(filter, first, after);
  }
}
