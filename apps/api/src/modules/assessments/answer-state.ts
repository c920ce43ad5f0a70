import type { EntityManager } from 'typeorm';
import type { Answer } from '@assay/database';
import type { AnswersByCode, AssessmentScope, Capability, DeploymentContext, ProductCategory, VersionedAnswer } from '@assay/domain';

type ScopeFacts = { category: ProductCategory; capabilities: readonly Capability[]; deploymentContexts: readonly DeploymentContext[] };

/** What applicability conditions read of a scope: the union over its products. */
export function scopeOf(products: readonly ScopeFacts[]): AssessmentScope {
  return {
    categories: [...new Set(products.map((product) => product.category))],
    capabilities: [...new Set(products.flatMap((product) => product.capabilities))],
    contexts: [...new Set(products.flatMap((product) => product.deploymentContexts))],
  };
}

/** Saved answers by question code, as the questionnaire rules read them. */
export function answersByCode(answers: readonly Pick<Answer, 'questionCode' | 'value' | 'notApplicable'>[]): AnswersByCode {
  return new Map(answers.map((answer) => [answer.questionCode, { value: answer.value, notApplicable: answer.notApplicable }]));
}

/**
 * The scope and the saved answers of an assessment, read inside the caller's transaction (which holds the
 * assessment's row lock, so no other save changes them meanwhile). Two plain statements: one statement
 * aggregating both took the planner longer than the two together.
 */
export async function loadAnswerState(manager: EntityManager, assessmentId: string): Promise<{ scope: AssessmentScope; saved: Map<string, VersionedAnswer> }> {
  const products = (await manager.query(
    `SELECT p.category, p.capabilities::text[] AS capabilities, p.deployment_contexts::text[] AS "deploymentContexts"
       FROM assessment_product ap JOIN product p ON p.id = ap.product_id WHERE ap.assessment_id = $1`,
    [assessmentId],
  )) as ScopeFacts[];
  const answers = (await manager.query(
    `SELECT question_code AS "questionCode", value, not_applicable AS "notApplicable", version FROM answer WHERE assessment_id = $1`,
    [assessmentId],
  )) as (Pick<Answer, 'questionCode' | 'value' | 'notApplicable'> & { version: number })[];
  const saved = new Map(answers.map(({ questionCode, value, notApplicable, version }) => [questionCode, { value, notApplicable, version }]));
  return { scope: scopeOf(products), saved };
}
