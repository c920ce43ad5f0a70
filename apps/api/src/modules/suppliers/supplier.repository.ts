import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Product } from '@assay/database';
import type { MembershipStatus, OrganisationStatus } from '@assay/domain';

/** A supplier as the API shows it: the provider organisation joined with its profile. */
export interface SupplierView {
  id: string;
  legalName: string;
  country: string;
  website: string | null;
  status: OrganisationStatus;
  description: string;
  services: string[];
  headquartersCountry: string;
  operatingCountries: string[];
  membershipStatus: MembershipStatus;
}

export interface SupplierRow {
  id: string;
  legal_name: string;
  country: string;
  website: string | null;
  status: OrganisationStatus;
  description: string;
  services: string[];
  headquarters_country: string;
  operating_countries: string[];
  membership_status: MembershipStatus;
}

/** Raw SQL shared with the directory: `o` is the provider organisation, `p` its profile. */
export const SUPPLIER_COLUMNS =
  'o.id, o.legal_name, o.country, o.website, o.status, p.description, p.services, p.headquarters_country, p.operating_countries, p.membership_status';
export const SUPPLIER_FROM = `organisation o JOIN supplier_profile p ON p.organisation_id = o.id AND o.kind = 'PROVIDER'`;

export function toSupplierView(row: SupplierRow): SupplierView {
  return {
    id: row.id,
    legalName: row.legal_name,
    country: row.country,
    website: row.website,
    status: row.status,
    description: row.description,
    services: row.services,
    headquartersCountry: row.headquarters_country,
    operatingCountries: row.operating_countries,
    membershipStatus: row.membership_status,
  };
}

/** Reads of suppliers and their products; no access rules here (the services apply them). */
@Injectable()
export class SupplierRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findById(id: string, manager: EntityManager = this.db.manager): Promise<SupplierView | null> {
    const rows = (await manager.query(`SELECT ${SUPPLIER_COLUMNS} FROM ${SUPPLIER_FROM} WHERE o.id = $1`, [id])) as SupplierRow[];
    return rows[0] ? toSupplierView(rows[0]) : null;
  }

  /** The products of many suppliers in one statement, whatever their number. */
  productsOf(supplierIds: readonly string[]): Promise<Product[]> {
    return this.db
      .getRepository(Product)
      .createQueryBuilder('product')
      .where('product.supplierId = ANY(:supplierIds)', { supplierIds })
      .orderBy('product.name', 'ASC')
      .addOrderBy('product.id', 'ASC')
      .getMany();
  }
}
