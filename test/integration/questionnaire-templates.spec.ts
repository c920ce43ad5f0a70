import type { DataSource } from 'typeorm';
import {
  AuditEvent,
  DEFAULT_QUESTIONNAIRE_KEY,
  QuestionnaireTemplate,
  TemplateStatus,
  createDataSource,
  ensureDefaultQuestionnairePublished,
  verifyAuditChain,
} from '@assay/database';
import { createMigratedDatabase, dropDatabase, insertTemplate, sampleQuestionnaire } from '@assay/testing';

describe('questionnaire templates in the database', () => {
  let url: string;
  let db: DataSource;
  beforeAll(async () => {
    // Its own database: the default questionnaire's key is global, and other suites publish it too.
    url = await createMigratedDatabase('assay_questionnaires');
    db = createDataSource(url);
    await db.initialize();
  });
  afterAll(async () => {
    await db.destroy();
    await dropDatabase(url);
  });

  describe('a version that is no longer a draft never changes, even through plain SQL', () => {
    it.each([TemplateStatus.PUBLISHED, TemplateStatus.RETIRED])('%s: its definition, title, key, version and question count are refused; so is deleting it', async (status) => {
      const template = await insertTemplate(db, status);
      const edited = { ...template.definition, title: { en: 'Edited', fr: 'Modifié', es: 'Editado' } };
      for (const [sql, params] of [
        ['UPDATE questionnaire_template SET definition = $2 WHERE id = $1', [template.id, JSON.stringify(edited)]],
        ['UPDATE questionnaire_template SET title = $2 WHERE id = $1', [template.id, JSON.stringify(edited.title)]],
        ['UPDATE questionnaire_template SET key = key || $2 WHERE id = $1', [template.id, '-x']],
        ['UPDATE questionnaire_template SET version = version + 100, question_count = 0 WHERE id = $1', [template.id]],
        ['DELETE FROM questionnaire_template WHERE id = $1', [template.id]],
      ] as const) {
        await expect(db.query(sql, [...params])).rejects.toThrow(/cannot change/);
      }
      expect(await db.getRepository(QuestionnaireTemplate).findOneByOrFail({ id: template.id })).toEqual(template);
    });

    it('its status moves on (PUBLISHED → RETIRED), and a draft changes freely', async () => {
      const published = await insertTemplate(db, TemplateStatus.PUBLISHED);
      await db.query(`UPDATE questionnaire_template SET status = 'RETIRED', retired_at = now() WHERE id = $1`, [published.id]);
      const draft = await insertTemplate(db, TemplateStatus.DRAFT);
      const replacement = sampleQuestionnaire(draft.key);
      await db.query('UPDATE questionnaire_template SET definition = $2 WHERE id = $1', [draft.id, JSON.stringify(replacement)]);
      expect((await db.getRepository(QuestionnaireTemplate).findOneByOrFail({ id: draft.id })).definition).toEqual(replacement);
      await db.query('DELETE FROM questionnaire_template WHERE id = $1', [draft.id]);
    });
  });

  describe('the default questionnaire', () => {
    const versions = () => db.getRepository(QuestionnaireTemplate).find({ where: { key: DEFAULT_QUESTIONNAIRE_KEY } });

    it('is published as version 1 once, on the audit chain, however many callers race to do it', async () => {
      const results = await Promise.all([1, 2, 3].map(() => db.transaction((manager) => ensureDefaultQuestionnairePublished(manager))));
      expect(results.filter((r) => r.created)).toHaveLength(1);
      const [template] = await versions();
      expect(results.map((r) => r.template?.id)).toEqual([template.id, template.id, template.id]);
      expect(template).toMatchObject({ version: 1, status: TemplateStatus.PUBLISHED, publishedAt: expect.any(Date), createdByUserId: null });
      expect(template.questionCount).toBeGreaterThanOrEqual(50);
      expect(template.title.en).toBeTruthy();

      const events = await db.getRepository(AuditEvent).find({ where: { entityType: 'questionnaire-template', entityId: template.id } });
      expect(events.map((e) => [e.action, e.data.key, e.data.version])).toEqual([['questionnaire-template.published', DEFAULT_QUESTIONNAIRE_KEY, 1]]);
      expect((await verifyAuditChain(db.manager)).intact).toBe(true);
    });

    it('is left alone once any version of its key exists', async () => {
      const [v1] = await versions();
      await db.query(`UPDATE questionnaire_template SET status = 'RETIRED', retired_at = now() WHERE id = $1`, [v1.id]);
      const again = await db.transaction((manager) => ensureDefaultQuestionnairePublished(manager));
      expect(again).toEqual({ created: false, template: null });
      expect(await versions()).toHaveLength(1);
    });
  });
});
