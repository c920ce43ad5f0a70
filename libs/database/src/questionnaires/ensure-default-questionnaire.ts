import path from 'node:path';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit-log.js';
import { QuestionnaireTemplate, TemplateStatus } from '../entities/questionnaire-template.entity.js';
import { DEFAULT_QUESTIONNAIRE_FILE, loadQuestionnaireFile } from './load-questionnaire-file.js';
import { definitionDigest, templateRow } from './template-row.js';

export const DEFAULT_QUESTIONNAIRE_KEY = 'assay-default';

/** The newest PUBLISHED version of a questionnaire, the one new assessments pin. */
export function latestPublishedTemplate(manager: EntityManager, key: string): Promise<QuestionnaireTemplate | null> {
  return manager.findOne(QuestionnaireTemplate, { where: { key, status: TemplateStatus.PUBLISHED }, order: { version: 'DESC' } });
}

/**
 * Publishes the questionnaire that ships with the product (data/questionnaires) as version 1 of
 * `assay-default` when no version of that key exists yet, on the audit chain; otherwise changes nothing.
 * Runs in the caller's transaction; safe when two callers race (the second one's insert does nothing).
 * Returns the newest published version of the key (null when the association retired them all).
 */
export async function ensureDefaultQuestionnairePublished(
  manager: EntityManager,
  file: string = DEFAULT_QUESTIONNAIRE_FILE,
): Promise<{ created: boolean; template: QuestionnaireTemplate | null }> {
  if (await manager.exists(QuestionnaireTemplate, { where: { key: DEFAULT_QUESTIONNAIRE_KEY } })) {
    return { created: false, template: await latestPublishedTemplate(manager, DEFAULT_QUESTIONNAIRE_KEY) };
  }
  // Throws, naming the file and every problem, when the shipped file does not parse or validate.
  const definition = loadQuestionnaireFile(file);
  if (definition.key !== DEFAULT_QUESTIONNAIRE_KEY) {
    throw new Error(`The default questionnaire ${file} has key ${definition.key}, expected ${DEFAULT_QUESTIONNAIRE_KEY}`);
  }
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(QuestionnaireTemplate)
    .values({ ...templateRow(definition), version: 1, status: TemplateStatus.PUBLISHED, publishedAt: new Date(), createdByUserId: null })
    .orIgnore()
    .returning(['id'])
    .execute();
  const id = (inserted.raw as { id: string }[])[0]?.id;
  if (id) {
    await recordAudit(manager, {
      action: 'questionnaire-template.published',
      entityType: 'questionnaire-template',
      entityId: id,
      data: { key: definition.key, version: 1, questionCount: templateRow(definition).questionCount, sha256: definitionDigest(definition), source: path.basename(file) },
    });
  }
  return { created: Boolean(id), template: await latestPublishedTemplate(manager, DEFAULT_QUESTIONNAIRE_KEY) };
}
