import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SUPPLIER_COLUMNS, SUPPLIER_FROM, toSupplierView, type SupplierRow, type SupplierView } from '../suppliers/supplier.repository.js';
import type { DirectoryQuery } from './directory-query.js';

/**
 * The directory's one statement for a page of suppliers (their products come in one more, from
 * SupplierProductsLoader). Only the filters given become SQL, so the planner sees a plain query.
 */
@Injectable()
export class DirectoryRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Up to `first + 1` suppliers after the cursor, in (legal name, id) order: the extra row tells whether a next page exists. */
  async findPage(query: DirectoryQuery): Promise<SupplierView[]> {
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const productWhere = (condition: string) => `EXISTS (SELECT 1 FROM product pr WHERE pr.supplier_id = o.id AND ${condition})`;

    const where = [`o.status = 'ACTIVE'`];
    if (query.category) where.push(productWhere(`pr.category = ${param(query.category)}`));
    if (query.country) {
      const country = param(query.country);
      where.push(
        `(p.headquarters_country = ${country} OR ${country} = ANY(p.operating_countries) OR ${productWhere(`${country} = ANY(pr.deployed_countries)`)})`,
      );
    }
    if (query.certified) where.push(`EXISTS (SELECT 1 FROM certificate c WHERE c.supplier_id = o.id AND c.status = 'VALID' AND c.valid_until > now())`);
    if (query.membershipStatus) where.push(`p.membership_status = ${param(query.membershipStatus)}`);
    if (query.textPattern) {
      // The pattern's wildcards are escaped with backslash, LIKE's default escape character (said explicitly).
      const pattern = param(query.textPattern);
      where.push(
        `(o.legal_name ILIKE ${pattern} ESCAPE '\\' OR p.description ILIKE ${pattern} ESCAPE '\\'` +
          ` OR EXISTS (SELECT 1 FROM unnest(p.services) AS s(service) WHERE s.service ILIKE ${pattern} ESCAPE '\\')` +
          ` OR ${productWhere(`pr.name ILIKE ${pattern} ESCAPE '\\'`)})`,
      );
    }
    if (query.after) {
      where.push(`(o.legal_name, o.id) > (${param(query.after.legalName)}::varchar, ${param(query.after.id)}::uuid)`);
    }
    const sql =
      `SELECT ${SUPPLIER_COLUMNS} FROM ${SUPPLIER_FROM} WHERE ${where.join(' AND ')} ` +
      `ORDER BY o.legal_name, o.id LIMIT ${param(query.first + 1)}`;
    const rows = (await this.db.query(sql, params)) as SupplierRow[];
    return rows.map(toSupplierView);
  }
}
