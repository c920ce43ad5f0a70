/**
 * Issue 4's journey, on the demo data: the demo client asks Sentinel for an assessment, Sentinel's
 * respondent answers the whole default questionnaire through GraphQL with two evidence files, is refused
 * while a required answer is missing, then submits; the scoring job waits in the outbox.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OutboxMessage, Product, QuestionnaireTemplate, createDataSource } from '@assay/database';
import type { AnswerValue } from '@assay/domain';
import { TestApi, createMigratedDatabase, dropDatabase, errorCode } from '@assay/testing';
import { favourableAnswers } from '../../scripts/demo-answers.js';
import { DEMO_PASSWORD } from '../../scripts/demo-data.js';
import { seedDemo } from '../../scripts/seed-demo.js';
import { PDF, PNG_1X1, multipart } from './support/evidence-fixtures.js';

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`;
const REQUEST = `mutation ($input: RequestAssessmentInput!) { requestAssessment(input: $input) { id status } }`;
const QUESTIONS = `query ($id: ID!) { assessment(id: $id) { status progress { answered required } missingRequired
  questions { applicable question { code required evidenceExpected type } } } }`;
const SAVE = `mutation ($input: SaveAnswersInput!) { saveAnswers(input: $input) { questionCode version } }`;
const ATTACH = `mutation ($input: EvidenceAttachmentInput!) { attachEvidence(input: $input) { id } }`;
const SUBMIT = `mutation ($id: ID!) { submitAssessment(assessmentId: $id) { status submissionNumber progress { answered required } } }`;

interface QuestionsData {
  assessment: {
    status: string;
    progress: { answered: number; required: number };
    missingRequired: string[];
    questions: { applicable: boolean; question: { code: string; required: boolean; evidenceExpected: boolean; type: string } }[];
  };
}

describe('the demo provider answers the default questionnaire and submits it', () => {
  let databaseUrl: string;
  let evidenceDir: string;
  let api: TestApi;
  const saved = { DATABASE_URL: process.env.DATABASE_URL, EVIDENCE_DIR: process.env.EVIDENCE_DIR };

  beforeAll(async () => {
    databaseUrl = await createMigratedDatabase('assay_journey');
    evidenceDir = mkdtempSync(path.join(tmpdir(), 'assay-journey-'));
    const db = createDataSource(databaseUrl);
    await db.initialize();
    await seedDemo(db, { evidenceDir });
    await db.destroy();
    Object.assign(process.env, { DATABASE_URL: databaseUrl, EVIDENCE_DIR: evidenceDir });
    api = await TestApi.start();
    Object.assign(process.env, saved);
  });
  afterAll(async () => {
    await api.close();
    await dropDatabase(databaseUrl);
    rmSync(evidenceDir, { recursive: true, force: true });
  });

  const signIn = async (email: string) =>
    (await api.gql<{ login: { accessToken: string } }>(LOGIN, { input: { email, password: DEMO_PASSWORD } })).data!.login.accessToken;

  it('answers everything that applies, uploads two evidence files, is told what is missing, then submits', async () => {
    const analyst = await signIn('analyst@client-one.example');
    const respondent = await signIn('respondent@provider-one.example');
    const products = await api.db.getRepository(Product).find({ where: { name: 'Sentinel FaceMatch' } });
    const request = await api.gql<{ requestAssessment: { id: string; status: string } }>(
      REQUEST,
      { input: { supplierId: products[0].supplierId, productIds: [products[0].id], dueDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10) } },
      { token: analyst },
    );
    expect(request.errors).toBeUndefined();
    const assessmentId = request.data!.requestAssessment.id;

    // The values a diligent respondent gives; the question list itself comes through GraphQL.
    const template = await api.db.getRepository(QuestionnaireTemplate).findOneByOrFail({ key: 'assay-default', version: 1 });
    const scope = { categories: [products[0].category], capabilities: products[0].capabilities, contexts: products[0].deploymentContexts };
    const values = favourableAnswers(template.definition, scope);
    const before = (await api.gql<QuestionsData>(QUESTIONS, { id: assessmentId }, { token: respondent })).data!.assessment;
    expect(before.questions.length).toBeGreaterThanOrEqual(50);
    expect(before.progress.answered).toBe(0);

    // Hold back one required question nothing else depends on, to see submission refused.
    const heldBack = before.questions.find((q) => q.applicable && q.question.required && !JSON.stringify(template.definition).includes(`"question":"${q.question.code}"`))!.question.code;
    const toSave = [...values].filter(([code]) => code !== heldBack);
    for (let start = 0; start < toSave.length; start += 25) {
      const batch = toSave.slice(start, start + 25).map(([questionCode, value]: [string, AnswerValue]) => ({ questionCode, value: JSON.stringify(value), expectedVersion: 0 }));
      const result = await api.gql(SAVE, { input: { assessmentId, answers: batch } }, { token: respondent });
      expect(result.errors).toBeUndefined();
    }

    // Two evidence files, attached to two answers that expect evidence.
    const expecting = before.questions.filter((q) => q.applicable && q.question.evidenceExpected && q.question.code !== heldBack).map((q) => q.question.code);
    for (const [index, file] of [{ name: 'human-rights-policy.pdf', content: PDF }, { name: 'grievance-poster.png', content: PNG_1X1 }].entries()) {
      const { payload, headers } = multipart({ assessmentId }, file);
      const upload = await api.app.inject({ method: 'POST', url: '/evidence', headers: { ...headers, authorization: `Bearer ${respondent}` }, payload });
      expect(upload.statusCode).toBe(201);
      const attach = await api.gql(ATTACH, { input: { assessmentId, questionCode: expecting[index], evidenceId: upload.json().id } }, { token: respondent });
      expect(attach.errors).toBeUndefined();
    }

    const refused = await api.gql(SUBMIT, { id: assessmentId }, { token: respondent });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].message).toContain(heldBack);

    const last = await api.gql(SAVE, { input: { assessmentId, answers: [{ questionCode: heldBack, value: JSON.stringify(values.get(heldBack)), expectedVersion: 0 }] } }, { token: respondent });
    expect(last.errors).toBeUndefined();
    const submitted = await api.gql<{ submitAssessment: { status: string; submissionNumber: number; progress: { answered: number; required: number } } }>(SUBMIT, { id: assessmentId }, { token: respondent });
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitAssessment).toMatchObject({ status: 'SUBMITTED', submissionNumber: 1 });
    expect(submitted.data!.submitAssessment.progress.answered).toBe(submitted.data!.submitAssessment.progress.required);
    expect(await api.db.getRepository(OutboxMessage).countBy({ jobKey: `score:${assessmentId}:1` })).toBe(1);

    // Locked from now on.
    const late = await api.gql(SAVE, { input: { assessmentId, answers: [{ questionCode: heldBack, value: JSON.stringify(values.get(heldBack)), expectedVersion: 1 }] } }, { token: respondent });
    expect(errorCode(late)).toBe('CONFLICT');
  });

  it('the demo data holds assessments in every state before scoring', async () => {
    const rows = (await api.db.query(`SELECT DISTINCT status FROM assessment ORDER BY status`)) as { status: string }[];
    expect(rows.map((row) => row.status)).toEqual(expect.arrayContaining(['REQUESTED', 'IN_PROGRESS', 'SUBMITTED']));
  });
});
