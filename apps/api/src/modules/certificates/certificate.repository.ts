import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { CertificateLanguage } from '@assay/database';
import { SUPPLIER_COLUMNS, SUPPLIER_FROM, toSupplierView, type SupplierRow, type SupplierView } from '../suppliers/supplier.repository.js';
import { CERTIFICATE_COLUMNS, CERTIFICATE_FROM, toCertificateView, type CertificateRow, type CertificateView } from './certificate.view.js';

/** Where a page of the public list ends: its order is the supplier's legal name, then the certificate id. */
export interface CertifiedProvidersCursor {
  legalName: string;
  id: string;
}

export interface CertifiedProviderRow {
  certificate: CertificateView;
  supplier: SupplierView;
}

/** Reads of certificates, each one statement whatever the number of rows; no access rules here (the services apply them). */
@Injectable()
export class CertificateRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async bySerial(serial: string, manager: EntityManager = this.db.manager): Promise<CertificateView | null> {
    const [row] = (await manager.query(`SELECT ${CERTIFICATE_COLUMNS} FROM ${CERTIFICATE_FROM} WHERE c.serial = $1`, [serial])) as CertificateRow[];
    return row ? toCertificateView(row) : null;
  }

  async byId(id: string, manager: EntityManager = this.db.manager): Promise<CertificateView | null> {
    const [row] = (await manager.query(`SELECT ${CERTIFICATE_COLUMNS} FROM ${CERTIFICATE_FROM} WHERE c.id = $1`, [id])) as CertificateRow[];
    return row ? toCertificateView(row) : null;
  }

  /** The newest certificate issued on each assessment (at most one is ever issued: see the issuing service). */
  async newestOfAssessments(assessmentIds: readonly string[]): Promise<Map<string, CertificateView>> {
    const rows = (await this.db.query(
      `SELECT DISTINCT ON (c.assessment_id) ${CERTIFICATE_COLUMNS} FROM ${CERTIFICATE_FROM}
        WHERE c.assessment_id = ANY($1::uuid[]) ORDER BY c.assessment_id, c.issued_at DESC, c.id DESC`,
      [[...assessmentIds]],
    )) as CertificateRow[];
    return new Map(rows.map((row) => [row.assessment_id, toCertificateView(row)]));
  }

  /** Each supplier's current certificate: the newest VALID or SUSPENDED one whose validity has not ended. */
  async currentOfSuppliers(supplierIds: readonly string[]): Promise<Map<string, CertificateView>> {
    const rows = (await this.db.query(
      `SELECT DISTINCT ON (c.supplier_id) ${CERTIFICATE_COLUMNS} FROM ${CERTIFICATE_FROM}
        WHERE c.supplier_id = ANY($1::uuid[]) AND c.status IN ('VALID', 'SUSPENDED') AND c.valid_until > now()
        ORDER BY c.supplier_id, c.issued_at DESC, c.id DESC`,
      [[...supplierIds]],
    )) as CertificateRow[];
    return new Map(rows.map((row) => [row.supplier_id, toCertificateView(row)]));
  }

  /**
   * Up to `limit` VALID certificates still in their validity, of verified suppliers, in (legal name, certificate
   * id) order after the cursor, each with its supplier: one statement per page.
   */
  async certifiedPage(limit: number, after: CertifiedProvidersCursor | null): Promise<CertifiedProviderRow[]> {
    const params: unknown[] = [limit];
    let cursor = '';
    if (after) {
      params.push(after.legalName, after.id);
      cursor = 'AND (s.legal_name, c.id) > ($2::varchar, $3::uuid)';
    }
    // The supplier's columns as one JSON value: its id and status would otherwise collide with the certificate's.
    const rows = (await this.db.query(
      `SELECT ${CERTIFICATE_COLUMNS}, to_jsonb(sup) AS supplier_row
         FROM ${CERTIFICATE_FROM} CROSS JOIN LATERAL (SELECT ${SUPPLIER_COLUMNS} FROM ${SUPPLIER_FROM} WHERE o.id = c.supplier_id) sup
        WHERE c.status = 'VALID' AND c.valid_until > now() AND s.status = 'ACTIVE' ${cursor}
        ORDER BY s.legal_name, c.id LIMIT $1`,
      params,
    )) as (CertificateRow & { supplier_row: SupplierRow })[];
    return rows.map((row) => ({ certificate: toCertificateView(row), supplier: toSupplierView(row.supplier_row) }));
  }

  async document(certificateId: string, language: CertificateLanguage): Promise<{ pdf: Buffer; sha256: string } | null> {
    const [row] = (await this.db.query('SELECT pdf, sha256 FROM certificate_document WHERE certificate_id = $1 AND language = $2', [certificateId, language])) as {
      pdf: Buffer;
      sha256: string;
    }[];
    return row ?? null;
  }
}
