import { Assessment, AuditEvent, Notification, Product, WorkingGroup, WorkingGroupMember, ensureDefaultQuestionnairePublished, latestPublishedTemplate, DEFAULT_QUESTIONNAIRE_KEY, TemplateStatus } from '@assay/database';
import { OrganisationKind, OrganisationStatus, ProductCategory, QuestionType, UserRole } from '@assay/domain';
import { TestApi, createOrganisation, errorCode, insertTemplate, publishTestQuestionnaire, testQuestionnaire } from '@assay/testing';
import {
  ASSESSMENT,
  REQUEST,
  dayFromToday,
  fieldsOf,
  providerWithProducts,
  publishFreshQuestionnaire,
  requestAssessment,
  unique,
  type AssessmentData,
  type Provider,
} from './support/assessment-requests.js';
import { signedInUser, type SignedInUser } from './support/sessions.js';

const LIST = `query ($filter: AssessmentFilterInput, $first: Int, $after: String) {
  assessments(filter: $filter, first: $first, after: $after) { nodes { id status supplier { id } } pageInfo { endCursor hasNextPage } } }`;
const QUESTIONS = `query ($id: ID!) { assessment(id: $id) { template { version } questions { themeCode applicable question { code type text { en fr es } } } } }`;

interface ListData {
  assessments: { nodes: { id: string; status: string; supplier: { id: string } }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
}

describe('requesting and reading assessments', () => {
  let api: TestApi;
  let provider: Provider;
  let clientMember: SignedInUser;
  let groupClient: SignedInUser;
  let reviewer: SignedInUser;
  let otherClient: SignedInUser;
  let otherProvider: SignedInUser;
  let group: WorkingGroup;
  let templateId: string;

  const list = async (token: string, variables: Record<string, unknown> = {}) => {
    const result = await api.gql<ListData>(LIST, { first: 100, ...variables }, { token });
    expect(result.errors).toBeUndefined();
    return result.data!.assessments;
  };
  // Only this file's supplier: other test files create assessments at the same time.
  const assessmentCount = () => api.db.getRepository(Assessment).countBy({ supplierId: provider.admin.organisation.id });

  beforeAll(async () => {
    api = await TestApi.start();
    provider = await providerWithProducts(api);
    clientMember = await signedInUser(api, OrganisationKind.CLIENT, UserRole.MEMBER);
    groupClient = await signedInUser(api, OrganisationKind.CLIENT, UserRole.ADMIN);
    reviewer = await signedInUser(api, OrganisationKind.ASSOCIATION, UserRole.REVIEWER);
    otherClient = await signedInUser(api, OrganisationKind.CLIENT, UserRole.ADMIN);
    otherProvider = await signedInUser(api, OrganisationKind.PROVIDER, UserRole.ADMIN);
    group = await api.db.getRepository(WorkingGroup).save({ name: `Assessments group ${unique()}` });
    await api.db.getRepository(WorkingGroupMember).insert({ workingGroupId: group.id, organisationId: groupClient.organisation.id });
    templateId = (await publishFreshQuestionnaire(api)).id;
  }, 30_000);
  afterAll(() => api.close());

  it('a client member requests one of a scope; it pins the newest published default questionnaire and tells the provider', async () => {
    await api.db.transaction((manager) => ensureDefaultQuestionnairePublished(manager));
    const newest = await latestPublishedTemplate(api.db.manager, DEFAULT_QUESTIONNAIRE_KEY);
    const dueDate = dayFromToday(45);
    const assessment = await requestAssessment(api, clientMember.token, {
      supplierId: provider.admin.organisation.id,
      productIds: [provider.products[0]!.id, provider.products[1]!.id, provider.products[0]!.id],
      dueDate,
    });
    expect(assessment).toMatchObject({
      status: 'REQUESTED',
      requesterKind: 'CLIENT',
      dueDate,
      submissionNumber: 0,
      submittedAt: null,
      supplier: { id: provider.admin.organisation.id, legalName: provider.admin.organisation.legalName },
      requestedByOrganisation: { id: clientMember.organisation.id },
      workingGroup: null,
      template: { id: newest!.id, key: DEFAULT_QUESTIONNAIRE_KEY, version: newest!.version },
    });
    expect(assessment.products.map((p) => p.id).sort()).toEqual(provider.products.map((p) => p.id).sort());
    expect(assessment.progress.answered).toBe(0);
    expect(assessment.progress.required).toBeGreaterThan(0);
    expect(assessment.missingRequired).toHaveLength(assessment.progress.required);

    const notified = await api.db.getRepository(Notification).find({ where: { kind: 'ASSESSMENT_REQUESTED' as Notification['kind'] } });
    const forThis = notified.filter((n) => n.data.assessmentId === assessment.id).map((n) => n.userId).sort();
    expect(forThis).toEqual([provider.admin.user.id, provider.member.user.id].sort());
    expect(await api.db.getRepository(AuditEvent).count({ where: { action: 'assessment.requested', entityId: assessment.id } })).toBe(1);
  });

  it('a working group member requests for its group; a client outside the group is told the group does not exist', async () => {
    const input = { supplierId: provider.admin.organisation.id, productIds: [provider.products[0]!.id], templateId, workingGroupId: group.id };
    const assessment = await requestAssessment(api, groupClient.token, input);
    expect(assessment).toMatchObject({ requesterKind: 'WORKING_GROUP', workingGroup: { id: group.id, name: group.name }, requestedByOrganisation: { id: groupClient.organisation.id } });
    const before = await assessmentCount();
    expect(errorCode(await api.gql(REQUEST, { input: { ...input, dueDate: dayFromToday(30) } }, { token: otherClient.token }))).toBe('NOT_FOUND');
    expect(await assessmentCount()).toBe(before);
  });

  it('association staff request for the association or for any working group', async () => {
    const input = { supplierId: provider.admin.organisation.id, productIds: [provider.products[0]!.id], templateId };
    expect((await requestAssessment(api, reviewer.token, input)).requesterKind).toBe('ASSOCIATION');
    expect(await requestAssessment(api, reviewer.token, { ...input, workingGroupId: group.id })).toMatchObject({ requesterKind: 'WORKING_GROUP', workingGroup: { id: group.id } });
  });

  it('a provider admin requests its own assessment; its members may not; another provider is told the supplier does not exist', async () => {
    const input = { supplierId: provider.admin.organisation.id, productIds: [provider.products[1]!.id], templateId, dueDate: dayFromToday(10) };
    expect(await requestAssessment(api, provider.admin.token, input)).toMatchObject({ requesterKind: 'PROVIDER', requestedByOrganisation: { id: provider.admin.organisation.id } });
    expect(errorCode(await api.gql(REQUEST, { input }, { token: provider.member.token }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(REQUEST, { input }, { token: otherProvider.token }))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(REQUEST, { input: { ...input, workingGroupId: group.id } }, { token: provider.admin.token }))).toBe('NOT_FOUND');
  });

  it('the scope, the due date and the template are checked, and a refused request writes nothing', async () => {
    const foreign = await api.db.getRepository(Product).save({ supplierId: otherProvider.organisation.id, name: `foreign ${unique()}`, category: ProductCategory.IMSI_CATCHER });
    const valid = { supplierId: provider.admin.organisation.id, productIds: [provider.products[0]!.id], templateId, dueDate: dayFromToday(30) };
    const draft = await insertTemplate(api.db, TemplateStatus.DRAFT, testQuestionnaire(`e2e-draft-${unique()}`));
    const cases: [Record<string, unknown>, string][] = [
      [{ productIds: [provider.products[0]!.id, foreign.id] }, 'input.productIds'],
      [{ productIds: [] }, 'input.productIds'],
      [{ productIds: Array.from({ length: 51 }, () => provider.products[0]!.id) }, 'input.productIds'],
      [{ productIds: ['not-a-uuid'] }, 'input.productIds'],
      [{ dueDate: dayFromToday(-1) }, 'input.dueDate'],
      [{ dueDate: dayFromToday(3 * 365) }, 'input.dueDate'],
      [{ dueDate: '2030-02-30' }, 'input.dueDate'],
      [{ templateId: draft.id }, 'input.templateId'],
    ];
    const before = await assessmentCount();
    for (const [change, field] of cases) {
      const result = await api.gql(REQUEST, { input: { ...valid, ...change } }, { token: clientMember.token });
      expect([errorCode(result), fieldsOf(result)]).toEqual(['BAD_USER_INPUT', [field]]);
    }
    const unknownSupplier = await api.gql(REQUEST, { input: { ...valid, supplierId: clientMember.organisation.id } }, { token: clientMember.token });
    expect(errorCode(unknownSupplier)).toBe('NOT_FOUND');
    const pending = await createOrganisation(api.db, OrganisationKind.PROVIDER, { status: OrganisationStatus.PENDING_VERIFICATION });
    expect(errorCode(await api.gql(REQUEST, { input: { ...valid, supplierId: pending.id } }, { token: clientMember.token }))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(REQUEST, { input: { ...valid, supplierId: pending.id } }, { token: reviewer.token }))).toBe('CONFLICT');
    expect(await assessmentCount()).toBe(before);
  });

  it('an assessment stays pinned to its version when a newer one is published', async () => {
    const definition = testQuestionnaire(`e2e-pin-${unique()}`);
    const v1 = await publishTestQuestionnaire(api.db, definition);
    const assessment = await requestAssessment(api, clientMember.token, { supplierId: provider.admin.organisation.id, productIds: [provider.products[0]!.id], templateId: v1.id });
    const v2Definition = structuredClone(definition);
    v2Definition.themes[0]!.questions.push({ ...v2Definition.themes[0]!.questions[0]!, code: 'T1.9', type: QuestionType.BOOLEAN, text: { en: 'New', fr: 'Nouveau', es: 'Nuevo' } });
    const v2 = await publishTestQuestionnaire(api.db, v2Definition);
    expect(v2.version).toBe(2);

    type Questions = { assessment: { template: { version: number }; questions: { question: { code: string } }[] } };
    const read = await api.gql<Questions>(QUESTIONS, { id: assessment.id }, { token: clientMember.token });
    expect(read.data?.assessment.template.version).toBe(1);
    expect(read.data?.assessment.questions.map((q) => q.question.code)).not.toContain('T1.9');
    const newer = await requestAssessment(api, clientMember.token, { supplierId: provider.admin.organisation.id, productIds: [provider.products[0]!.id], templateId: v2.id });
    const readNewer = await api.gql<Questions>(QUESTIONS, { id: newer.id }, { token: clientMember.token });
    expect(readNewer.data?.assessment.questions.map((q) => q.question.code)).toContain('T1.9');
  });

  it('questions say which apply to the scope and the answers so far, in the three languages', async () => {
    const assessment = await requestAssessment(api, clientMember.token, { supplierId: provider.admin.organisation.id, productIds: [provider.products[0]!.id], templateId });
    type Questions = { assessment: { questions: { themeCode: string; applicable: boolean; question: { code: string; text: { fr: string } } }[] } };
    const read = await api.gql<Questions>(QUESTIONS, { id: assessment.id }, { token: provider.member.token });
    const byCode = Object.fromEntries(read.data!.assessment.questions.map((q) => [q.question.code, q]));
    expect(byCode['T1.1']).toMatchObject({ themeCode: 'T1', applicable: true, question: { text: { fr: 'Question T1.1 (fr)' } } });
    expect(byCode['T1.2']?.applicable).toBe(false); // follows T1.1 = true, not answered yet
    expect(byCode['T3.1']?.applicable).toBe(false); // the scope has no biometric product
  });

  it('each persona lists exactly what it may see; another tenant is told the assessment does not exist', async () => {
    const supplierId = provider.admin.organisation.id;
    const productIds = [provider.products[0]!.id];
    const byClient = await requestAssessment(api, clientMember.token, { supplierId, productIds, templateId });
    const byGroup = await requestAssessment(api, groupClient.token, { supplierId, productIds, templateId, workingGroupId: group.id });
    const byAssociationForGroup = await requestAssessment(api, reviewer.token, { supplierId, productIds, templateId, workingGroupId: group.id });
    const byProvider = await requestAssessment(api, provider.admin.token, { supplierId, productIds, templateId });
    const mine = [byClient, byGroup, byAssociationForGroup, byProvider].map((a) => a.id);
    const seen = async (user: SignedInUser) => (await list(user.token, { filter: { supplierId } })).nodes.map((n) => n.id).filter((id) => mine.includes(id));

    expect(await seen(provider.member)).toEqual([byProvider, byAssociationForGroup, byGroup, byClient].map((a) => a.id)); // newest first
    expect(await seen(reviewer)).toHaveLength(4);
    expect(await seen(clientMember)).toEqual([byClient.id]);
    expect(await seen(groupClient)).toEqual([byAssociationForGroup.id, byGroup.id]);
    expect(await seen(otherClient)).toEqual([]);
    expect(await seen(otherProvider)).toEqual([]);

    const read = async (user: SignedInUser, assessment: AssessmentData) => errorCode(await api.gql(ASSESSMENT, { id: assessment.id }, { token: user.token })) ?? 'OK';
    expect(await read(clientMember, byClient)).toBe('OK');
    expect(await read(clientMember, byGroup)).toBe('NOT_FOUND');
    expect(await read(groupClient, byAssociationForGroup)).toBe('OK');
    expect(await read(otherClient, byClient)).toBe('NOT_FOUND');
    expect(await read(otherProvider, byProvider)).toBe('NOT_FOUND');
    expect(await read(reviewer, byProvider)).toBe('OK');
  });

  it('lists page newest first with a cursor, and filter by status and supplier', async () => {
    const supplier = await providerWithProducts(api, [], 1);
    const input = { supplierId: supplier.admin.organisation.id, productIds: [supplier.products[0]!.id], templateId };
    const created: string[] = [];
    for (let index = 0; index < 5; index += 1) created.unshift((await requestAssessment(api, clientMember.token, input)).id);
    await api.db.getRepository(Assessment).update({ id: created[0] }, { status: 'IN_PROGRESS' as Assessment['status'] });

    const pages: string[] = [];
    let after: string | null = null;
    do {
      const page: ListData['assessments'] = await list(clientMember.token, { filter: { supplierId: input.supplierId }, first: 2, after });
      pages.push(...page.nodes.map((n) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(pages).toEqual(created);
    expect((await list(clientMember.token, { filter: { supplierId: input.supplierId, status: 'IN_PROGRESS' } })).nodes.map((n) => n.id)).toEqual([created[0]]);

    const bad = await api.gql(LIST, { filter: { supplierId: 'nope' }, first: 0, after: 'garbage!' }, { token: clientMember.token });
    expect(fieldsOf(bad)).toEqual(['filter.supplierId', 'first', 'after']);
    expect(errorCode(await api.gql(LIST, {}))).toBe('UNAUTHENTICATED');
  });
});
