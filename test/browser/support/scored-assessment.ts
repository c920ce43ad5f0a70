import type { QuestionDefinition } from '@assay/domain';
import { favourableValue } from '../../../scripts/demo-answers.js';
import { DEMO_PASSWORD } from '../../../scripts/demo-data.js';
import { PDF } from '../../e2e/support/evidence-fixtures.js';
import { baseUrl } from './browser.js';

/**
 * Objects of a browser spec's own, made through the api as its users would (the demo story stays as other specs
 * expect it): a new provider organisation, invited by the association admin, assesses its own low-risk product,
 * answers every applicable question favourably with evidence where expected, and submits; the real worker scores
 * it.
 */
interface GraphqlAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function gql<T>(token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphqlAnswer<T>;
  if (body.errors?.length || !body.data) throw new Error(`GraphQL refused: ${JSON.stringify(body.errors)} for ${query.slice(0, 80)}`);
  return body.data;
}

export async function signInByApi(email: string, password = DEMO_PASSWORD): Promise<string> {
  const data = await gql<{ login: { accessToken: string } }>(null, `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: { email, password } });
  return data.login.accessToken;
}

interface GraphqlQuestion {
  applicable: boolean;
  question: {
    code: string;
    type: QuestionDefinition['type'];
    evidenceExpected: boolean;
    options: { value: string; points: number }[];
    redFlags: { id: string; whenJson: string }[];
    max: number | null;
    target: number | null;
  };
}

/** The api's view of a question, as the demo's favourable-answer rule reads it. */
function definitionOf({ question }: GraphqlQuestion): QuestionDefinition {
  return {
    ...question,
    max: question.max ?? undefined,
    target: question.target ?? undefined,
    redFlags: question.redFlags.map((rule) => ({ id: rule.id, when: JSON.parse(rule.whenJson) as { equals: boolean } })),
  } as unknown as QuestionDefinition;
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    value = await read();
  }
  return value;
}

export interface ScoredAssessment {
  assessmentId: string;
  supplierName: string;
}

export async function createScoredAssessment(adminToken: string, label: string): Promise<ScoredAssessment> {
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const supplierName = `${label} ${unique}`;
  const { createOrganisation } = await gql<{ createOrganisation: { organisation: { id: string }; invitation: { token: string } } }>(
    adminToken,
    `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } invitation { token } } }`,
    { input: { kind: 'PROVIDER', legalName: supplierName, country: 'GB', adminEmail: `browser-${unique}@provider.example` } },
  );
  const supplierId = createOrganisation.organisation.id;
  const { acceptInvitation } = await gql<{ acceptInvitation: { accessToken: string } }>(
    null,
    `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`,
    { input: { token: createOrganisation.invitation.token, displayName: 'Browser Respondent', password: DEMO_PASSWORD } },
  );
  const provider = acceptInvitation.accessToken;
  const { createProduct } = await gql<{ createProduct: { id: string } }>(provider, `mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }`, {
    input: { name: `${label} Gate`, category: 'ACCESS_CONTROL_PERIMETER', deployedCountries: ['GB'], deploymentContexts: ['COMMERCIAL_INDUSTRIAL'], description: 'Badge readers at site gates.' },
  });
  const dueDate = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  const { requestAssessment } = await gql<{ requestAssessment: { id: string } }>(provider, `mutation ($input: RequestAssessmentInput!) { requestAssessment(input: $input) { id } }`, {
    input: { supplierId, productIds: [createProduct.id], dueDate },
  });
  const assessmentId = requestAssessment.id;

  // Answering a question can make its follow-ups apply: answer what applies until nothing new does.
  const answered = new Set<string>();
  for (;;) {
    const { assessment } = await gql<{ assessment: { questions: GraphqlQuestion[] } }>(
      provider,
      `query ($id: ID!) { assessment(id: $id) { questions(applicableOnly: true) { applicable question { code type evidenceExpected options { value points } redFlags { id whenJson } max target } } } }`,
      { id: assessmentId },
    );
    const next = assessment.questions.filter((entry) => !answered.has(entry.question.code));
    if (next.length === 0) break;
    await gql(provider, `mutation ($input: SaveAnswersInput!) { saveAnswers(input: $input) { id } }`, {
      input: { assessmentId, answers: next.map((entry) => ({ questionCode: entry.question.code, expectedVersion: 0, value: JSON.stringify(favourableValue(definitionOf(entry))) })) },
    });
    for (const entry of next) answered.add(entry.question.code);
    const expectingEvidence = next.filter((entry) => entry.question.evidenceExpected);
    if (expectingEvidence.length === 0) continue;
    const form = new FormData();
    form.set('assessmentId', assessmentId);
    form.set('file', new Blob([PDF], { type: 'application/pdf' }), 'human-rights-policy.pdf');
    const upload = await fetch(`${baseUrl()}/evidence`, { method: 'POST', headers: { authorization: `Bearer ${provider}` }, body: form });
    if (upload.status !== 201) throw new Error(`evidence upload answered ${upload.status}: ${await upload.text()}`);
    const { id: evidenceId } = (await upload.json()) as { id: string };
    for (const entry of expectingEvidence) {
      await gql(provider, `mutation ($input: EvidenceAttachmentInput!) { attachEvidence(input: $input) { id } }`, { input: { assessmentId, questionCode: entry.question.code, evidenceId } });
    }
  }
  await gql(provider, `mutation ($id: ID!) { submitAssessment(assessmentId: $id) { id } }`, { id: assessmentId });

  const status = await eventually(
    async () => (await gql<{ assessment: { status: string } }>(adminToken, `query ($id: ID!) { assessment(id: $id) { status } }`, { id: assessmentId })).assessment.status,
    (value) => value === 'SCORED',
    120_000,
  );
  if (status !== 'SCORED') throw new Error(`the worker did not score assessment ${assessmentId} (status ${status})`);
  return { assessmentId, supplierName };
}
