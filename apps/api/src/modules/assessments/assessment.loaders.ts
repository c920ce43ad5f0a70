import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Answer, type Product } from '@assay/database';
import type { EvidenceFileType } from '../evidence/dto/evidence-file.type.js';
import { groupByKey } from '../working-groups/working-group.loaders.js';
import { PinnedQuestionnaires, type PinnedQuestionnaire } from './pinned-questionnaires.js';

export interface NamedOrganisation {
  id: string;
  legalName: string;
}

export interface NamedWorkingGroup {
  id: string;
  name: string;
}

/** A product of an assessment's scope: what the Product type shows and applicability conditions read. */
export type ScopeProduct = Pick<Product, 'id' | 'supplierId' | 'name' | 'category' | 'capabilities' | 'deploymentContexts' | 'deployedCountries' | 'description'>;

export interface AnswerAuthor {
  id: string;
  displayName: string;
}

/** An evidence file as the EvidenceFile type serves it (the evidence module's type). */
export type AttachedEvidence = EvidenceFileType;

export interface AssessmentLoaders {
  organisations: DataLoader<string, NamedOrganisation | null>;
  workingGroups: DataLoader<string, NamedWorkingGroup | null>;
  templates: DataLoader<string, PinnedQuestionnaire | null>;
  /** The scope of each assessment, by product name. */
  products: DataLoader<string, ScopeProduct[]>;
  /** The answers of each assessment. */
  answers: DataLoader<string, Answer[]>;
  authors: DataLoader<string, AnswerAuthor | null>;
  /** The evidence attached to each answer. */
  evidence: DataLoader<string, AttachedEvidence[]>;
}

/**
 * Everything an Assessment or Answer field needs, in one query per kind for a whole response (a page of 100
 * assessments with their products, answers and progress reads as few rows as one). The loaders live as long
 * as the request's GraphQL context and only batch (`cache: false`), so a field resolved after a mutation of
 * the same document never sees data from before it.
 */
@Injectable()
export class AssessmentLoaderFactory {
  private readonly byRequest = new WeakMap<object, AssessmentLoaders>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly pinned: PinnedQuestionnaires,
  ) {}

  for(requestContext: object): AssessmentLoaders {
    let loaders = this.byRequest.get(requestContext);
    if (!loaders) {
      const options = { cache: false };
      loaders = {
        organisations: new DataLoader((ids) => this.organisations(ids), options),
        workingGroups: new DataLoader((ids) => this.workingGroups(ids), options),
        templates: new DataLoader((ids) => this.templates(ids), options),
        products: new DataLoader((ids) => this.products(ids), options),
        answers: new DataLoader((ids) => this.answers(ids), options),
        authors: new DataLoader((ids) => this.authors(ids), options),
        evidence: new DataLoader((ids) => this.evidence(ids), options),
      };
      this.byRequest.set(requestContext, loaders);
    }
    return loaders;
  }

  private async organisations(ids: readonly string[]): Promise<(NamedOrganisation | null)[]> {
    const rows = (await this.db.query(`SELECT id, legal_name AS "legalName" FROM organisation WHERE id = ANY($1::uuid[])`, [ids])) as NamedOrganisation[];
    return byId(ids, rows);
  }

  private async workingGroups(ids: readonly string[]): Promise<(NamedWorkingGroup | null)[]> {
    const rows = (await this.db.query(`SELECT id, name FROM working_group WHERE id = ANY($1::uuid[])`, [ids])) as NamedWorkingGroup[];
    return byId(ids, rows);
  }

  private async templates(ids: readonly string[]): Promise<(PinnedQuestionnaire | null)[]> {
    return byId(ids, await this.pinned.getMany(ids), (pinned) => pinned.template.id);
  }

  private async products(assessmentIds: readonly string[]): Promise<ScopeProduct[][]> {
    // Enum and char arrays come back as text[], which pg parses (it leaves arrays of custom types as text).
    const rows = (await this.db.query(
      `SELECT ap.assessment_id AS "assessmentId", p.id, p.supplier_id AS "supplierId", p.name, p.category,
              p.capabilities::text[] AS capabilities, p.deployment_contexts::text[] AS "deploymentContexts",
              p.deployed_countries::text[] AS "deployedCountries", p.description
         FROM assessment_product ap JOIN product p ON p.id = ap.product_id
        WHERE ap.assessment_id = ANY($1::uuid[]) ORDER BY p.name, p.id`,
      [assessmentIds],
    )) as (ScopeProduct & { assessmentId: string })[];
    return groupByKey(assessmentIds, rows, (row) => row.assessmentId, ({ assessmentId: _assessmentId, ...product }) => product);
  }

  private async answers(assessmentIds: readonly string[]): Promise<Answer[][]> {
    const rows = await this.db.getRepository(Answer).find({ where: { assessmentId: In([...assessmentIds]) } });
    return groupByKey(assessmentIds, rows, (row) => row.assessmentId, (row) => row);
  }

  private async authors(ids: readonly string[]): Promise<(AnswerAuthor | null)[]> {
    const rows = (await this.db.query(`SELECT id, display_name AS "displayName" FROM "user" WHERE id = ANY($1::uuid[])`, [ids])) as AnswerAuthor[];
    return byId(ids, rows);
  }

  private async evidence(answerIds: readonly string[]): Promise<AttachedEvidence[][]> {
    // questionCodes: every answer of the same assessment the file is attached to, as the evidence module lists them.
    const rows = (await this.db.query(
      `SELECT ae.answer_id AS "answerId", e.id, e.assessment_id AS "assessmentId", e.original_name AS "originalName",
              e.content_type AS "contentType", e.size_bytes::int AS "sizeBytes", e.sha256,
              to_char(e.valid_until, 'YYYY-MM-DD') AS "validUntil", e.uploaded_at AS "uploadedAt",
              ARRAY(SELECT other.question_code FROM answer_evidence oe JOIN answer other ON other.id = oe.answer_id
                     WHERE oe.evidence_id = e.id AND other.assessment_id = a.assessment_id ORDER BY other.question_code) AS "questionCodes"
         FROM answer_evidence ae JOIN answer a ON a.id = ae.answer_id JOIN evidence_file e ON e.id = ae.evidence_id
        WHERE ae.answer_id = ANY($1::uuid[]) ORDER BY ae.attached_at, e.id`,
      [answerIds],
    )) as (AttachedEvidence & { answerId: string })[];
    return groupByKey(answerIds, rows, (row) => row.answerId, ({ answerId: _answerId, ...evidence }) => evidence);
  }
}

function byId<T>(ids: readonly string[], rows: T[], idOf: (row: T) => string = (row) => (row as { id: string }).id): (T | null)[] {
  const map = new Map(rows.map((row) => [idOf(row), row]));
  return ids.map((id) => map.get(id) ?? null);
}
