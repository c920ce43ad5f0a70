import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { AuditEvent, DEFAULT_QUESTIONNAIRE_FILE, QuestionnaireTemplate, TemplateStatus } from '@assay/database';
import { OrganisationKind, UserRole, type QuestionnaireDefinition } from '@assay/domain';
import { TestApi, errorCode, insertTemplate, sampleQuestionnaire, type GraphqlResult } from '@assay/testing';
import { signedInUser, type SignedInUser } from './support/sessions.js';

const TEMPLATE_FIELDS = 'id key version status title { en fr es } questionCount createdAt publishedAt retiredAt';
const FULL_FIELDS = `${TEMPLATE_FIELDS} description { en } themes { code title { en fr es } description { en }
  questions { code type text { en fr es } help { en } options { value label { en } points } min max target maxLength weight
    required evidenceExpected notApplicableAllowed references applicableWhenJson redFlags { id label { en } whenJson } } }`;
const LIST = `query ($key: String, $status: TemplateStatus) { questionnaireTemplates(key: $key, status: $status) { ${TEMPLATE_FIELDS} } }`;
const ONE = `query ($id: ID!) { questionnaireTemplate(id: $id) { ${FULL_FIELDS} } }`;
const EXPORT = `query ($id: ID!, $format: QuestionnaireFormat!) { exportQuestionnaire(id: $id, format: $format) }`;
const IMPORT = `mutation ($input: ImportQuestionnaireInput!) { importQuestionnaire(input: $input) { ${TEMPLATE_FIELDS} } }`;
const COPY = `mutation ($id: ID!) { createDraftFromTemplate(templateId: $id) { ${TEMPLATE_FIELDS} } }`;
const REPLACE = `mutation ($input: ReplaceDraftDefinitionInput!) { replaceDraftDefinition(input: $input) { ${TEMPLATE_FIELDS} } }`;
const PUBLISH = `mutation ($id: ID!) { publishTemplate(templateId: $id) { ${TEMPLATE_FIELDS} } }`;
const RETIRE = `mutation ($id: ID!) { retireTemplate(templateId: $id) { ${TEMPLATE_FIELDS} } }`;
const DELETE = `mutation ($id: ID!) { deleteDraft(templateId: $id) }`;

interface Template {
  id: string;
  key: string;
  version: number;
  status: string;
  title: { en: string; fr: string; es: string };
  questionCount: number;
  publishedAt: string | null;
  retiredAt: string | null;
}

const fieldsOf = (result: GraphqlResult) => (result.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field).sort();
const yaml = (definition: unknown) => ({ content: stringify(definition), format: 'YAML' });
const json = (definition: unknown) => ({ content: JSON.stringify(definition), format: 'JSON' });

describe('questionnaire templates', () => {
  let api: TestApi;
  let admin: SignedInUser;
  let reviewer: SignedInUser;
  let client: SignedInUser;
  let provider: SignedInUser;

  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, who?: SignedInUser) =>
    api.gql<T>(query, variables, who ? { token: who.token } : {});
  const importAs = async (input: { content: string; format: string }, who = admin) => {
    const result = await gql<{ importQuestionnaire: Template }>(IMPORT, { input }, who);
    expect(result.errors).toBeUndefined();
    return result.data!.importQuestionnaire;
  };
  const storedDefinition = async (id: string) => (await api.db.getRepository(QuestionnaireTemplate).findOneByOrFail({ id })).definition;
  const audits = (id: string) => api.db.getRepository(AuditEvent).find({ where: { entityType: 'questionnaire-template', entityId: id }, order: { id: 'ASC' } });
  // Only what this file's admin wrote: other test files write templates and audit events at the same time.
  const rowCounts = async () => ({
    templates: await api.db.getRepository(QuestionnaireTemplate).countBy({ createdByUserId: admin.user.id }),
    audits: await api.db.getRepository(AuditEvent).countBy({ actorUserId: admin.user.id }),
  });

  beforeAll(async () => {
    api = await TestApi.start();
    admin = await signedInUser(api, OrganisationKind.ASSOCIATION, UserRole.ADMIN);
    reviewer = await signedInUser(api, admin.organisation, UserRole.REVIEWER);
    client = await signedInUser(api, OrganisationKind.CLIENT, UserRole.ADMIN);
    provider = await signedInUser(api, OrganisationKind.PROVIDER, UserRole.ADMIN);
  });
  afterAll(() => api.close());

  it('an association admin imports a YAML document as version 1, then a JSON one as version 2, both drafts; each is audited', async () => {
    const definition = sampleQuestionnaire();
    const first = await importAs(yaml(definition));
    expect(first).toMatchObject({ key: definition.key, version: 1, status: 'DRAFT', title: definition.title, questionCount: 6, publishedAt: null, retiredAt: null });
    expect(await storedDefinition(first.id)).toEqual(definition);

    const second = await importAs(json(definition));
    expect(second).toMatchObject({ key: definition.key, version: 2, status: 'DRAFT' });

    const [event] = await audits(first.id);
    expect(event).toMatchObject({ action: 'questionnaire-template.imported', actorUserId: admin.user.id, organisationId: admin.organisation.id });
    expect(event.data).toMatchObject({ key: definition.key, version: 1, questionCount: 6 });
    expect(event.data.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('serves the themes and questions of a version, with conditions and red-flag rules as JSON', async () => {
    const definition = sampleQuestionnaire();
    const { id } = await importAs(yaml(definition));
    const result = await gql<{ questionnaireTemplate: { description: { en: string }; themes: { code: string; questions: Record<string, unknown>[] }[] } }>(ONE, { id }, admin);
    expect(result.errors).toBeUndefined();
    const template = result.data!.questionnaireTemplate;
    expect(template.description).toEqual({ en: 'For tests' });
    expect(template.themes.map((t) => [t.code, t.questions.map((q) => q.code)])).toEqual([
      ['T1', ['T1.1', 'T1.2', 'T1.3']],
      ['T2', ['T2.1', 'T2.2', 'T2.3']],
    ]);
    const [boolean, single, multi] = template.themes[0].questions;
    expect(boolean).toMatchObject({ type: 'BOOLEAN', weight: 3, required: true, evidenceExpected: true, options: [], help: null, applicableWhenJson: null, redFlags: [] });
    expect(single).toMatchObject({ type: 'SINGLE_CHOICE', help: { en: 'Count the formal reviews' }, options: [{ value: 'NEVER', label: { en: 'Never' }, points: 0 }, { value: 'YEARLY', label: { en: 'Every year' }, points: 1 }] });
    expect(JSON.parse(single.applicableWhenJson as string)).toEqual({ question: 'T1.1', equals: true });
    expect(multi.redFlags).toEqual([{ id: 'no-misuse-response', label: { en: 'Nobody can respond to misuse' }, whenJson: '{"includes":"NOBODY"}' }]);
    expect(template.themes[1].questions[1]).toMatchObject({ type: 'NUMBER', min: 0, max: 100, target: 10, maxLength: null });
    expect(template.themes[1].questions[2]).toMatchObject({ type: 'TEXT', maxLength: 2000, notApplicableAllowed: true });
  });

  it.each(['YAML', 'JSON'])('exporting as %s and importing the document gives the same definition back', async (format) => {
    const { id } = await importAs(yaml(sampleQuestionnaire()));
    const exported = await gql<{ exportQuestionnaire: string }>(EXPORT, { id, format }, reviewer);
    expect(exported.errors).toBeUndefined();
    const copy = await importAs({ content: exported.data!.exportQuestionnaire, format });
    expect(copy.version).toBe(2);
    expect(await storedDefinition(copy.id)).toEqual(await storedDefinition(id));
    // The same document, byte for byte: an export under version control changes only where the content does.
    expect((await gql<{ exportQuestionnaire: string }>(EXPORT, { id: copy.id, format }, admin)).data!.exportQuestionnaire).toBe(exported.data!.exportQuestionnaire);
  });

  it('the questionnaire that ships with the product imports, exports and imports again unchanged', async () => {
    // Under a key of its own: a version of `assay-default` would stop the default from being seeded in this run.
    const shipped = { ...parse(readFileSync(DEFAULT_QUESTIONNAIRE_FILE, 'utf8')), key: `shipped-${randomBytes(4).toString('hex')}` };
    const imported = await importAs(yaml(shipped));
    expect(imported.questionCount).toBeGreaterThanOrEqual(50);
    for (const format of ['YAML', 'JSON']) {
      const exported = await gql<{ exportQuestionnaire: string }>(EXPORT, { id: imported.id, format }, admin);
      const again = await importAs({ content: exported.data!.exportQuestionnaire, format });
      expect(await storedDefinition(again.id)).toEqual(shipped);
    }
  });

  it('publishing makes a version immutable: replacing its definition, publishing or deleting it again answer CONFLICT naming its status', async () => {
    const definition = sampleQuestionnaire();
    const draft = await importAs(yaml(definition));
    const published = await gql<{ publishTemplate: Template }>(PUBLISH, { id: draft.id }, admin);
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishTemplate).toMatchObject({ status: 'PUBLISHED', publishedAt: expect.any(String) });

    const edited = { ...definition, title: { ...definition.title, en: 'Edited' } };
    const replace = await gql(REPLACE, { input: { templateId: draft.id, ...yaml(edited) } }, admin);
    expect(errorCode(replace)).toBe('CONFLICT');
    expect(replace.errors![0].message).toMatch(/PUBLISHED.*published versions are immutable/);
    for (const mutation of [PUBLISH, DELETE]) {
      const result = await gql(mutation, { id: draft.id }, admin);
      expect(errorCode(result)).toBe('CONFLICT');
      expect(result.errors![0].message).toContain('PUBLISHED');
    }
    expect(await storedDefinition(draft.id)).toEqual(definition);
    expect((await audits(draft.id)).map((e) => e.action)).toEqual(['questionnaire-template.imported', 'questionnaire-template.published']);
  });

  it('a draft is edited by replacing its definition, under the same key', async () => {
    const definition = sampleQuestionnaire();
    const draft = await importAs(json(definition));
    const edited: QuestionnaireDefinition = { ...definition, themes: [definition.themes[0]] };
    const replaced = await gql<{ replaceDraftDefinition: Template }>(REPLACE, { input: { templateId: draft.id, ...json(edited) } }, admin);
    expect(replaced.errors).toBeUndefined();
    expect(replaced.data!.replaceDraftDefinition).toMatchObject({ id: draft.id, version: 1, status: 'DRAFT', questionCount: 3 });
    expect(await storedDefinition(draft.id)).toEqual(edited);

    const otherKey = await gql(REPLACE, { input: { templateId: draft.id, ...json(sampleQuestionnaire()) } }, admin);
    expect(errorCode(otherKey)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(otherKey)).toEqual(['input.content.key']);
    expect(await storedDefinition(draft.id)).toEqual(edited);
  });

  it('a published version is copied into a new draft (version 2), then retired; a retired version is copied too, never re-published', async () => {
    const definition = sampleQuestionnaire();
    const v1 = await importAs(yaml(definition));
    expect(errorCode(await gql(COPY, { id: v1.id }, admin))).toBe('CONFLICT'); // a draft is edited, not copied
    await gql(PUBLISH, { id: v1.id }, admin);

    const copy = await gql<{ createDraftFromTemplate: Template }>(COPY, { id: v1.id }, admin);
    expect(copy.errors).toBeUndefined();
    const v2 = copy.data!.createDraftFromTemplate;
    expect(v2).toMatchObject({ key: definition.key, version: 2, status: 'DRAFT', questionCount: 6 });
    expect(await storedDefinition(v2.id)).toEqual(definition);
    expect((await audits(v2.id))[0].data).toMatchObject({ fromTemplateId: v1.id, fromVersion: 1, version: 2 });

    const retired = await gql<{ retireTemplate: Template }>(RETIRE, { id: v1.id }, admin);
    expect(retired.data!.retireTemplate).toMatchObject({ status: 'RETIRED', retiredAt: expect.any(String), publishedAt: expect.any(String) });
    for (const [mutation, status] of [[RETIRE, 'RETIRED'], [PUBLISH, 'RETIRED'], [DELETE, 'RETIRED'], [RETIRE, 'DRAFT']] as const) {
      const result = await gql(mutation, { id: mutation === RETIRE && status === 'DRAFT' ? v2.id : v1.id }, admin);
      expect(errorCode(result)).toBe('CONFLICT');
      expect(result.errors![0].message).toContain(status);
    }
    const fromRetired = await gql<{ createDraftFromTemplate: Template }>(COPY, { id: v1.id }, admin);
    expect(fromRetired.data!.createDraftFromTemplate).toMatchObject({ version: 3, status: 'DRAFT' });
  });

  it('a draft is deleted, audited; an unknown id answers NOT_FOUND', async () => {
    const draft = await importAs(yaml(sampleQuestionnaire()));
    expect((await gql<{ deleteDraft: boolean }>(DELETE, { id: draft.id }, admin)).data).toEqual({ deleteDraft: true });
    expect(await api.db.getRepository(QuestionnaireTemplate).existsBy({ id: draft.id })).toBe(false);
    expect((await audits(draft.id)).map((e) => e.action)).toEqual(['questionnaire-template.imported', 'questionnaire-template.draft-deleted']);
    for (const mutation of [DELETE, PUBLISH, RETIRE, COPY]) expect(errorCode(await gql(mutation, { id: draft.id }, admin))).toBe('NOT_FOUND');
    expect(errorCode(await gql(EXPORT, { id: draft.id, format: 'YAML' }, admin))).toBe('NOT_FOUND');
    expect(fieldsOf(await gql(PUBLISH, { id: 'not-a-uuid' }, admin))).toEqual(['templateId']);
  });

  it('an invalid document answers BAD_USER_INPUT naming every problem by its path, and writes nothing', async () => {
    const definition = sampleQuestionnaire();
    const broken = structuredClone(definition) as unknown as { themes: { questions: Record<string, unknown>[] }[] };
    delete (broken.themes[1].questions[0].text as Record<string, string>).fr;
    broken.themes[0].questions[2].weight = 5;
    const before = await rowCounts();
    for (const input of [yaml(broken), json(broken)]) {
      const result = await gql(IMPORT, { input }, admin);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual(['input.content.themes[0].questions[2].weight', 'input.content.themes[1].questions[0].text.fr']);
    }
    const draft = await importAs(yaml(definition));
    const replace = await gql(REPLACE, { input: { templateId: draft.id, ...yaml(broken) } }, admin);
    expect(fieldsOf(replace)).toEqual(['input.content.themes[0].questions[2].weight', 'input.content.themes[1].questions[0].text.fr']);
    expect(await storedDefinition(draft.id)).toEqual(definition);
    expect(await rowCounts()).toEqual({ templates: before.templates + 1, audits: before.audits + 1 });
  });

  it('publishing validates the draft again: one that no longer passes stays a draft, its problems named', async () => {
    const definition = sampleQuestionnaire();
    definition.themes[0].questions[0].weight = 4 as 1; // stored before a rule existed, say
    const draft = await insertTemplate(api.db, TemplateStatus.DRAFT, definition);
    const result = await gql(PUBLISH, { id: draft.id }, admin);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual(['definition.themes[0].questions[0].weight']);
    expect((await api.db.getRepository(QuestionnaireTemplate).findOneByOrFail({ id: draft.id })).status).toBe(TemplateStatus.DRAFT);
  });

  it.each([
    ['YAML that does not parse', { content: 'key: [unclosed', format: 'YAML' }],
    ['YAML with two keys alike', { content: 'key: a\nkey: b\n', format: 'YAML' }],
    ['JSON that does not parse', { content: '{"key": ', format: 'JSON' }],
    ['a document that is not a questionnaire', { content: '42', format: 'JSON' }],
    ['an alias bomb', { content: ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`)].join('\n'), format: 'YAML' }],
    ['an empty document', { content: '', format: 'YAML' }],
  ])('%s answers BAD_USER_INPUT on input.content and writes nothing', async (_name, input) => {
    const before = await rowCounts();
    const result = await gql(IMPORT, { input }, admin);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)[0]).toMatch(/^input\.content/);
    expect(await rowCounts()).toEqual(before);
  });

  it('two imports of the same key at the same moment get distinct versions', async () => {
    const input = yaml(sampleQuestionnaire());
    const results = await Promise.all([1, 2, 3].map(() => gql<{ importQuestionnaire: Template }>(IMPORT, { input }, admin)));
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    expect(results.map((r) => r.data!.importQuestionnaire.version).sort()).toEqual([1, 2, 3]);
  });

  describe('who sees and does what', () => {
    let key: string;
    let draft: Template;
    let published: Template;
    let retired: Template;

    beforeAll(async () => {
      const definition = sampleQuestionnaire();
      key = definition.key;
      retired = { id: (await insertTemplate(api.db, TemplateStatus.RETIRED, definition, 1)).id } as Template;
      published = { id: (await insertTemplate(api.db, TemplateStatus.PUBLISHED, definition, 2)).id } as Template;
      draft = { id: (await insertTemplate(api.db, TemplateStatus.DRAFT, definition, 3)).id } as Template;
    });

    const versionsSeenBy = async (who: SignedInUser, status?: string) => {
      const result = await gql<{ questionnaireTemplates: Template[] }>(LIST, { key, status }, who);
      expect(result.errors).toBeUndefined();
      return result.data!.questionnaireTemplates.map((t) => `${t.version} ${t.status}`);
    };

    it('association staff list every version, newest first; everyone else signed in lists the published ones', async () => {
      for (const staff of [admin, reviewer]) {
        expect(await versionsSeenBy(staff)).toEqual(['3 DRAFT', '2 PUBLISHED', '1 RETIRED']);
        expect(await versionsSeenBy(staff, 'DRAFT')).toEqual(['3 DRAFT']);
      }
      for (const outsider of [client, provider]) {
        expect(await versionsSeenBy(outsider)).toEqual(['2 PUBLISHED']);
        expect(await versionsSeenBy(outsider, 'DRAFT')).toEqual([]);
        expect(await versionsSeenBy(outsider, 'RETIRED')).toEqual([]);
      }
    });

    it('a draft does not exist for clients and providers; published and retired versions (which assessments pin) do', async () => {
      for (const outsider of [client, provider]) {
        expect(errorCode(await gql(ONE, { id: draft.id }, outsider))).toBe('NOT_FOUND');
        expect((await gql(ONE, { id: published.id }, outsider)).errors).toBeUndefined();
        expect((await gql(ONE, { id: retired.id }, outsider)).errors).toBeUndefined();
      }
      expect((await gql(ONE, { id: draft.id }, reviewer)).errors).toBeUndefined();
    });

    it('only association admins change templates; only association staff export them; anonymous callers get nothing', async () => {
      const before = await rowCounts();
      const attempts = [
        [IMPORT, { input: yaml(sampleQuestionnaire(key)) }],
        [COPY, { id: published.id }],
        [REPLACE, { input: { templateId: draft.id, ...yaml(sampleQuestionnaire(key)) } }],
        [PUBLISH, { id: draft.id }],
        [RETIRE, { id: published.id }],
        [DELETE, { id: draft.id }],
      ] as const;
      for (const [mutation, variables] of attempts) {
        for (const who of [reviewer, client, provider]) expect(errorCode(await gql(mutation, variables, who))).toBe('FORBIDDEN');
        expect(errorCode(await gql(mutation, variables))).toBe('UNAUTHENTICATED');
      }
      for (const who of [client, provider]) expect(errorCode(await gql(EXPORT, { id: published.id, format: 'JSON' }, who))).toBe('FORBIDDEN');
      for (const [query, variables] of [[LIST, {}], [ONE, { id: published.id }], [EXPORT, { id: published.id, format: 'JSON' }]] as const) {
        expect(errorCode(await gql(query, variables))).toBe('UNAUTHENTICATED');
      }
      expect(await rowCounts()).toEqual(before);
      expect(await versionsSeenBy(admin)).toEqual(['3 DRAFT', '2 PUBLISHED', '1 RETIRED']);
    });
  });
});
