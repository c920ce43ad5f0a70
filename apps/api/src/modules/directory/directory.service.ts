import { Injectable } from '@nestjs/common';
import type { SupplierView } from '../suppliers/supplier.repository.js';
import { encodeCursor, parseDirectoryQuery, type DirectoryFilter } from './directory-query.js';
import { DirectoryRepository } from './directory.repository.js';

export interface SupplierConnection {
  nodes: SupplierView[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

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
    const nodes = rows.slice(0, query.first);
    const last = nodes.at(-1);
    return {
      nodes,
      pageInfo: { endCursor: last ? encodeCursor({ legalName: last.legalName, id: last.id }) : null, hasNextPage: rows.length > query.first },
    };
  }
}
