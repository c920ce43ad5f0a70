import { Product } from '@assay/database';
import { OrganisationKind, ProductCategory, QuestionType, UserRole, type QuestionDefinition, type QuestionnaireDefinition } from '@assay/domain';
import { StatementRecorder, TEST_PASSWORD, TestApi, createOrganisation, createUser, publishTestQuestionnaire, testQuestionnaire } from '@assay/testing';

const REQUEST = `mutation ($input: RequestAssessmentInput!) { requestAssessment(input: $input) { id } }`;
const SAVE = `mutation ($input: SaveAnswersInput!) { saveAnswers(input: $input) { questionCode version } }`;
const LIST = `query ($supplierId: ID!, $first: Int) { assessments(filter: { supplierId: $supplierId }, first: $first) { nodes {
  id supplier { legalName } requestedByOrganisation { legalName } workingGroup { name } products { name } template { version }
  progress { answered required } missingRequired questions(applicableOnly: true) { applicable } answers { value answeredBy { displayName } evidence { id } }
} } }`;
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`;

/** A questionnaire of 60 plain SCALE_0_4 questions, all applicable. */
function sixtyQuestions(): QuestionnaireDefinition {
  const base = testQuestionnaire(`statements-${Date.now().toString(36)}`);
  const question = (code: string): QuestionDefinition => ({ ...base.themes[1]!.questions[1]!, code, type: QuestionType.SCALE_0_4 });
  return { ...base, themes: [{ ...base.themes[0]!, questions: Array.from({ length: 60 }, (_, i) => question(`T1.${i + 1}`)) }] };
}

describe('assessment SQL statements', () => {
  let api: TestApi;
  let recorder: StatementRecorder;
  let token: string;
  let assessmentId: string;
  let supplierId: string;
  let request: () => Promise<string>;

  beforeAll(async () => {
    api = await TestApi.start();
    recorder = StatementRecorder.of(api.db);
    const provider = await createOrganisation(api.db, OrganisationKind.PROVIDER);
    const user = await createUser(api.db, provider, UserRole.ADMIN);
    const login = await api.gql<{ login: { accessToken: string } }>(LOGIN, { input: { email: user.email, password: TEST_PASSWORD } });
    token = login.data!.login.accessToken;
    const product = await api.db.getRepository(Product).save({ supplierId: provider.id, name: 'Camera', category: ProductCategory.VIDEO_ANALYTICS_CCTV });
    const template = await publishTestQuestionnaire(api.db, sixtyQuestions());
    const dueDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    supplierId = provider.id;
    request = async () => {
      const result = await api.gql<{ requestAssessment: { id: string } }>(REQUEST, { input: { supplierId, productIds: [product.id], dueDate, templateId: template.id } }, { token });
      return result.data!.requestAssessment.id;
    };
    assessmentId = await request();
  }, 30_000);
  afterAll(() => api.close());

  async function statementsFor(codes: string[], expectedVersion: number): Promise<string[]> {
    return recorder.during(async () => {
      const answers = codes.map((questionCode) => ({ questionCode, value: '2', expectedVersion }));
      const result = await api.gql<{ saveAnswers: { version: number }[] }>(SAVE, { input: { assessmentId, answers } }, { token });
      expect(result.errors).toBeUndefined();
      expect(result.data!.saveAnswers).toHaveLength(codes.length);
    });
  }

  it('is the same for 1 answer and for 50: one transaction, one statement writing every answer', async () => {
    const codes = Array.from({ length: 60 }, (_, i) => `T1.${i + 1}`);
    await statementsFor(codes.slice(59), 0); // the first save also starts the assessment
    const one = await statementsFor(codes.slice(0, 1), 0);
    const fifty = await statementsFor(codes.slice(1, 51), 0);
    const again = await statementsFor(codes.slice(1, 51), 1); // updates rather than inserts
    expect(fifty).toHaveLength(one.length);
    expect(again).toHaveLength(one.length);
    for (const statements of [one, fifty, again]) {
      expect(statements[0]).toMatch(/^START TRANSACTION/);
      expect(statements.at(-1)).toMatch(/^COMMIT/);
      expect(statements.filter((sql) => /INSERT INTO answer/i.test(sql))).toHaveLength(1);
    }
  });

  it('listing assessments with every field costs the same for 2 assessments as for 30', async () => {
    for (let i = 0; i < 29; i += 1) {
      assessmentId = await request();
      await statementsFor(['T1.1'], 0); // answered, so answers, their authors and evidence are read too
    }
    const list = async (first: number) =>
      recorder.during(async () => {
        const result = await api.gql<{ assessments: { nodes: { answers: unknown[] }[] } }>(LIST, { supplierId, first }, { token });
        expect(result.errors).toBeUndefined();
        expect(result.data!.assessments.nodes).toHaveLength(first);
      });
    await list(2); // warm-up: the pinned questionnaire is read once, then kept
    expect((await list(30)).length).toBe((await list(2)).length);
  });
});
