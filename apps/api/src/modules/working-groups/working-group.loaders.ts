import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Organisation, WorkingGroupMember, WorkingGroupWatch } from '@assay/database';

export interface WorkingGroupLoaders {
  members: DataLoader<string, Organisation[]>;
  watchList: DataLoader<string, Organisation[]>;
}

/**
 * Members and watch-lists of every working group of one response in one query per list. The loaders
 * live as long as the request's GraphQL context (a WeakMap key) and do not cache across mutations of a
 * document (`cache: false`): they batch only, so a later field never sees a list from before a change.
 */
@Injectable()
export class WorkingGroupLoaderFactory {
  private readonly byRequest = new WeakMap<object, WorkingGroupLoaders>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  for(requestContext: object): WorkingGroupLoaders {
    let loaders = this.byRequest.get(requestContext);
    if (!loaders) {
      loaders = {
        members: new DataLoader((ids) => this.membersOf(ids), { cache: false }),
        watchList: new DataLoader((ids) => this.watchListsOf(ids), { cache: false }),
      };
      this.byRequest.set(requestContext, loaders);
    }
    return loaders;
  }

  private async membersOf(groupIds: readonly string[]): Promise<Organisation[][]> {
    const rows = await this.db.getRepository(WorkingGroupMember).find({
      where: { workingGroupId: In([...groupIds]) },
      relations: { organisation: true },
      order: { organisation: { legalName: 'ASC', id: 'ASC' } },
    });
    return groupByKey(groupIds, rows, (row) => row.workingGroupId, (row) => row.organisation!);
  }

  private async watchListsOf(groupIds: readonly string[]): Promise<Organisation[][]> {
    const rows = await this.db.getRepository(WorkingGroupWatch).find({
      where: { workingGroupId: In([...groupIds]) },
      relations: { supplier: true },
      order: { supplier: { legalName: 'ASC', id: 'ASC' } },
    });
    return groupByKey(groupIds, rows, (row) => row.workingGroupId, (row) => row.supplier!);
  }
}

/** One list per key, in the order of `keys` (what DataLoader expects), each keeping the order of `rows`. */
export function groupByKey<Row, Value>(keys: readonly string[], rows: Row[], keyOf: (row: Row) => string, valueOf: (row: Row) => Value): Value[][] {
  const lists = new Map<string, Value[]>(keys.map((key) => [key, []]));
  for (const row of rows) lists.get(keyOf(row))?.push(valueOf(row));
  return keys.map((key) => lists.get(key) ?? []);
}
