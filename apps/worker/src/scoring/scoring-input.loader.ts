import type { EntityManager } from 'typeorm';
import type {
  Capability,
  DeploymentContext,
  JurisdictionRiskLevel,
  ProductCategory,
  QuestionnaireDefinition,
  ScopedProduct,
  ScoredAnswer,
  ScoringInput,
} from '@assay/domain';

/** The assessment row a scoring job works on, with what the job needs to decide whether to score at all. */
export interface ScoringTarget {
  id: string;
  status: string;
  submissionNumber: number;
  supplierId: string;
  requestedByOrganisationId: string;
  templateId: string;
}

/** Published questionnaire versions never change (the database refuses), so a cached copy is always right. */
const MAX_CACHED_DEFINITIONS = 200;

/**
 * Reads everything a methodology needs for one or many assessments in three statements (answers with their current
 * evidence counts; scope products; jurisdiction table) plus the pinned definition, cached by template id.
 */
export class ScoringInputLoader {
  private readonly definitions = new Map<string, QuestionnaireDefinition>();

  async target(manager: EntityManager, assessmentId: string, lock = false): Promise<ScoringTarget | undefined> {
    return (await this.targets(manager, [assessmentId], lock))[0];
  }

  /** The rows of these assessments (those that exist), in id order; locked in that order (no deadlocks) when asked. */
  async targets(manager: EntityManager, assessmentIds: readonly string[], lock = false): Promise<ScoringTarget[]> {
    return (await manager.query(
      `SELECT id, status::text AS status, submission_number AS "submissionNumber", supplier_id AS "supplierId",
              requested_by_organisation_id AS "requestedByOrganisationId", template_id AS "templateId"
         FROM assessment WHERE id = ANY($1::uuid[]) ORDER BY id${lock ? ' FOR UPDATE' : ''}`,
      [assessmentIds],
    )) as ScoringTarget[];
  }

  async load(manager: EntityManager, target: ScoringTarget): Promise<ScoringInput> {
    return (await this.loadMany(manager, [target])).get(target.id)!;
  }

  /** The inputs of several assessments with the same three statements as one (a batch of jobs reads once). */
  async loadMany(manager: EntityManager, targets: readonly ScoringTarget[]): Promise<Map<string, ScoringInput>> {
    const ids = targets.map((target) => target.id);
    const [definitions, answers, products, jurisdictions] = await Promise.all([
      Promise.all(targets.map((target) => this.definition(manager, target.templateId))),
      manager.query(
        `SELECT a.assessment_id AS "assessmentId", a.question_code AS code, a.value, a.not_applicable AS "notApplicable",
                count(f.id) FILTER (WHERE f.valid_until IS NULL OR f.valid_until >= current_date)::int AS "evidenceCount"
           FROM answer a
           LEFT JOIN answer_evidence ae ON ae.answer_id = a.id
           LEFT JOIN evidence_file f ON f.id = ae.evidence_id
          WHERE a.assessment_id = ANY($1::uuid[])
          GROUP BY a.id`,
        [ids],
      ) as Promise<(ScoredAnswer & { assessmentId: string; code: string })[]>,
      // Enum arrays come back from pg as '{A,B}' strings unless cast to text[].
      manager.query(
        `SELECT ap.assessment_id AS "assessmentId", p.id, p.name, p.category::text AS category, p.capabilities::text[] AS capabilities,
                p.deployment_contexts::text[] AS "deploymentContexts", p.deployed_countries::text[] AS "deployedCountries"
           FROM assessment_product ap JOIN product p ON p.id = ap.product_id
          WHERE ap.assessment_id = ANY($1::uuid[]) ORDER BY ap.assessment_id, p.id`,
        [ids],
      ) as Promise<(ScopedProduct & { assessmentId: string })[]>,
      manager.query('SELECT country, level::text AS level FROM jurisdiction_risk') as Promise<{ country: string; level: JurisdictionRiskLevel }[]>,
    ]);
    const jurisdictionRisk = new Map(jurisdictions.map(({ country, level }) => [country.trim(), level]));
    const answersOf = new Map(ids.map((id) => [id, new Map<string, ScoredAnswer>()]));
    for (const { assessmentId, code, ...answer } of answers) answersOf.get(assessmentId)!.set(code, answer);
    const productsOf = new Map(ids.map((id) => [id, [] as ScopedProduct[]]));
    for (const { assessmentId, ...product } of products) {
      productsOf.get(assessmentId)!.push({
        ...product,
        category: product.category as ProductCategory,
        capabilities: product.capabilities as Capability[],
        deploymentContexts: product.deploymentContexts as DeploymentContext[],
        deployedCountries: product.deployedCountries.map((country) => country.trim()),
      });
    }
    const inputs = new Map<string, ScoringInput>(
      targets.map((target, index) => [
        target.id,
        { definition: definitions[index]!, products: productsOf.get(target.id)!, jurisdictionRisk, answers: answersOf.get(target.id)! },
      ]),
    );
    return inputs;
  }

  private async definition(manager: EntityManager, templateId: string): Promise<QuestionnaireDefinition> {
    const cached = this.definitions.get(templateId);
    if (cached) return cached;
    const [row] = (await manager.query('SELECT definition, status::text AS status FROM questionnaire_template WHERE id = $1', [templateId])) as {
      definition: QuestionnaireDefinition;
      status: string;
    }[];
    if (!row) throw new Error(`questionnaire template ${templateId} does not exist`);
    if (row.status !== 'DRAFT') {
      if (this.definitions.size >= MAX_CACHED_DEFINITIONS) this.definitions.delete(this.definitions.keys().next().value!);
      this.definitions.set(templateId, row.definition);
    }
    return row.definition;
  }
}
