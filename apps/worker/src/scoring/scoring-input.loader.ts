import type { EntityManager } from 'typeorm';
import type {
  AnswerValue,
  Capability,
  DeploymentContext,
  JurisdictionRiskLevel,
  ProductCategory,
  QuestionnaireDefinition,
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
 * Reads everything a methodology needs for one assessment in three statements (answers with their current
 * evidence counts; scope products; jurisdiction table) plus the pinned definition, cached by template id.
 */
export class ScoringInputLoader {
  private readonly definitions = new Map<string, QuestionnaireDefinition>();

  async target(manager: EntityManager, assessmentId: string, lock = false): Promise<ScoringTarget | undefined> {
    const [row] = (await manager.query(
      `SELECT id, status::text AS status, submission_number AS "submissionNumber", supplier_id AS "supplierId",
              requested_by_organisation_id AS "requestedByOrganisationId", template_id AS "templateId"
         FROM assessment WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [assessmentId],
    )) as ScoringTarget[];
    return row;
  }

  async load(manager: EntityManager, target: ScoringTarget): Promise<ScoringInput> {
    const [definition, answers, products, jurisdictions] = await Promise.all([
      this.definition(manager, target.templateId),
      manager.query(
        `SELECT a.question_code AS code, a.value, a.not_applicable AS "notApplicable",
                count(f.id) FILTER (WHERE f.valid_until IS NULL OR f.valid_until >= current_date)::int AS "evidenceCount"
           FROM answer a
           LEFT JOIN answer_evidence ae ON ae.answer_id = a.id
           LEFT JOIN evidence_file f ON f.id = ae.evidence_id
          WHERE a.assessment_id = $1
          GROUP BY a.id`,
        [target.id],
      ) as Promise<{ code: string; value: AnswerValue | null; notApplicable: boolean; evidenceCount: number }[]>,
      // Enum arrays come back from pg as '{A,B}' strings unless cast to text[].
      manager.query(
        `SELECT p.id, p.name, p.category::text AS category, p.capabilities::text[] AS capabilities,
                p.deployment_contexts::text[] AS "deploymentContexts", p.deployed_countries::text[] AS "deployedCountries"
           FROM assessment_product ap JOIN product p ON p.id = ap.product_id
          WHERE ap.assessment_id = $1 ORDER BY p.id`,
        [target.id],
      ) as Promise<ScoringInput['products'][number][]>,
      manager.query('SELECT country, level::text AS level FROM jurisdiction_risk') as Promise<{ country: string; level: JurisdictionRiskLevel }[]>,
    ]);
    return {
      definition,
      products: products.map((product) => ({
        ...product,
        category: product.category as ProductCategory,
        capabilities: product.capabilities as Capability[],
        deploymentContexts: product.deploymentContexts as DeploymentContext[],
        deployedCountries: product.deployedCountries.map((country) => country.trim()),
      })),
      jurisdictionRisk: new Map(jurisdictions.map(({ country, level }) => [country.trim(), level])),
      answers: new Map(answers.map(({ code, ...answer }) => [code, answer])),
    };
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
