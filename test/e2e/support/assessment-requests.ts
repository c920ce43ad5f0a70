import { randomBytes } from 'node:crypto';
import { Product, type QuestionnaireTemplate } from '@assay/database';
import { Capability, OrganisationKind, ProductCategory, UserRole } from '@assay/domain';
import { publishTestQuestionnaire, testQuestionnaire, type GraphqlResult, type TestApi } from '@assay/testing';
import { signedInUser, type SignedInUser } from './sessions.js';

export const ASSESSMENT_FIELDS = `id status requesterKind dueDate submissionNumber submittedAt createdAt
  supplier { id legalName } requestedByOrganisation { id legalName } workingGroup { id name }
  products { id name category } template { id key version }
  progress { answered required themes { code answered required } } missingRequired`;

export const REQUEST = `mutation ($input: RequestAssessmentInput!) { requestAssessment(input: $input) { ${ASSESSMENT_FIELDS} } }`;
export const ASSESSMENT = `query ($id: ID!) { assessment(id: $id) { ${ASSESSMENT_FIELDS} } }`;
export const ANSWER_FIELDS = 'id questionCode value notApplicable comment version answeredAt answeredBy { id displayName } evidence { id }';
export const SAVE = `mutation ($input: SaveAnswersInput!) { saveAnswers(input: $input) { ${ANSWER_FIELDS} } }`;
export const SUBMIT = `mutation ($id: ID!) { submitAssessment(assessmentId: $id) { ${ASSESSMENT_FIELDS} } }`;

export interface AssessmentData {
  id: string;
  status: string;
  requesterKind: string;
  dueDate: string;
  submissionNumber: number;
  submittedAt: string | null;
  supplier: { id: string; legalName: string };
  requestedByOrganisation: { id: string; legalName: string };
  workingGroup: { id: string; name: string } | null;
  products: { id: string; name: string; category: string }[];
  template: { id: string; key: string; version: number };
  progress: { answered: number; required: number; themes: { code: string; answered: number; required: number }[] };
  missingRequired: string[];
}

export interface AnswerData {
  id: string;
  questionCode: string;
  value: string | null;
  notApplicable: boolean;
  comment: string;
  version: number;
  answeredBy: { id: string; displayName: string } | null;
}

export const unique = () => randomBytes(4).toString('hex');

/** A day `days` from today (UTC), written YYYY-MM-DD. */
export const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export const fieldsOf = (result: GraphqlResult) => (result.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field);

/** A verified provider with an admin, a member and products (the first one with the given capabilities). */
export interface Provider {
  admin: SignedInUser;
  member: SignedInUser;
  products: Product[];
}

export async function providerWithProducts(api: TestApi, capabilities: Capability[] = [], count = 2): Promise<Provider> {
  const admin = await signedInUser(api, OrganisationKind.PROVIDER, UserRole.ADMIN);
  const member = await signedInUser(api, admin.organisation, UserRole.MEMBER);
  const products: Product[] = [];
  for (let index = 0; index < count; index += 1) {
    products.push(
      await api.db.getRepository(Product).save({
        supplierId: admin.organisation.id,
        name: `Product ${index} ${unique()}`,
        category: ProductCategory.VIDEO_ANALYTICS_CCTV,
        capabilities: index === 0 ? capabilities : [],
      }),
    );
  }
  return { admin, member, products };
}

/** A fresh key per call: files of a run share a database, so each test publishes its own questionnaire. */
export function publishFreshQuestionnaire(api: TestApi): Promise<QuestionnaireTemplate> {
  return publishTestQuestionnaire(api.db, testQuestionnaire(`e2e-${unique()}`));
}

export async function requestAssessment(
  api: TestApi,
  token: string,
  input: { supplierId: string; productIds: string[]; templateId?: string; workingGroupId?: string; dueDate?: string },
): Promise<AssessmentData> {
  const result = await api.gql<{ requestAssessment: AssessmentData }>(REQUEST, { input: { dueDate: dayFromToday(30), ...input } }, { token });
  if (!result.data?.requestAssessment) throw new Error(`requestAssessment failed: ${JSON.stringify(result.errors)}`);
  return result.data.requestAssessment;
}
