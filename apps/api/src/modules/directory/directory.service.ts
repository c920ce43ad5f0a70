import { Injectable } from '@nestjs/common';
import { toPage, type Connection } from '../../common/opaque-cursor.js';
import type { SupplierView } from '../suppliers/supplier.repository.js';
import { encodeCursor, parseDirectoryQuery, type DirectoryFilter } from './directory-query.js';
import { DirectoryRepository } from './directory.repository.js';

export type SupplierConnection = Connection<SupplierView>;

/**
 * The public directory: verified (ACTIVE) providers only, for anyone, signed in or not. No totalCount: it
 * would cost a second scan of the filtered set on every page.
 */
@Injectable()
export class DirectoryService {
  constructor(private readonly directory: DirectoryRepository) {}

  async page(filter: DirectoryFilter | null | undefined, first: number, after: string | null | undefined): Promise<SupplierConnection> {
    const query = parseDirectoryQuery(filter, first, after);
    const rows = await this.directory.findPage(query);
    return toPage(rows, query.first, (last) => encodeCursor({ legalName: last.legalName, id: last.id }));
  }
}
