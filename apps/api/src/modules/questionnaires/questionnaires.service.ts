import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { QuestionnaireTemplate, TemplateStatus, definitionDigest, isUniqueViolation, recordAudit, templateRow } from '@assay/database';
import {
  badInput,
  conflict,
  isAssociation,
  notFound,
  requireActor,
  requireAssociationAdmin,
  requireAssociationStaff,
  validateQuestionnaire,
  type Actor,
  type QuestionnaireDefinition,
} from '@assay/domain';
import type { ImportQuestionnaireInput, ReplaceDraftDefinitionInput } from './dto/questionnaire.input.js';
import { parseQuestionnaireDocument, serialiseQuestionnaire, type QuestionnaireFormat } from './questionnaire-document.js';

/** Attempts at numbering a new version when another one is being created for the same key at the same time. */
const NEW_VERSION_ATTEMPTS = 3;

const versionLabel = (t: QuestionnaireTemplate) => `Version ${t.version} of "${t.key}" is ${t.status}`;

/**
 * Questionnaire templates: versions DRAFT → PUBLISHED → RETIRED. Association admins maintain them;
 * association staff read every version; everyone else signed in reads published ones (and the retired
 * ones an assessment may still be pinned to). A published version never changes (a trigger refuses too).
 */
@Injectable()
export class QuestionnairesService {
  private readonly logger = new Logger(QuestionnairesService.name);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Newest first within each key. Outside the association, PUBLISHED versions only. */
  async list(actor: Actor | null, filter: { key?: string | null; status?: TemplateStatus | null }): Promise<QuestionnaireTemplate[]> {
    const caller = requireActor(actor);
    const where: FindOptionsWhere<QuestionnaireTemplate> = {};
    if (filter.key) where.key = filter.key;
    if (filter.status) where.status = filter.status;
    if (!isAssociation(caller)) {
      if (filter.status && filter.status !== TemplateStatus.PUBLISHED) return [];
      where.status = TemplateStatus.PUBLISHED;
    }
    return this.db.getRepository(QuestionnaireTemplate).find({ where, order: { key: 'ASC', version: 'DESC' } });
  }

  /** Drafts exist for the association only; for anyone else they answer NOT_FOUND. */
  async findOne(actor: Actor | null, id: string): Promise<QuestionnaireTemplate> {
    const caller = requireActor(actor);
    const template = await this.db.getRepository(QuestionnaireTemplate).findOne({ where: { id } });
    if (!template || (template.status === TemplateStatus.DRAFT && !isAssociation(caller))) throw notFound('Questionnaire template');
    return template;
  }

  /** The version's definition as one document; importing it gives the same definition back. */
  async export(actor: Actor | null, id: string, format: QuestionnaireFormat): Promise<string> {
    requireAssociationStaff(actor);
    const template = await this.db.getRepository(QuestionnaireTemplate).findOne({ where: { id } });
    if (!template) throw notFound('Questionnaire template');
    return serialiseQuestionnaire(template.definition, format);
  }

  /** A new DRAFT version of the document's key (version 1 for a new key). */
  async import(actor: Actor | null, input: ImportQuestionnaireInput): Promise<QuestionnaireTemplate> {
    const caller = requireAssociationAdmin(actor);
    const definition = readDocument(input.content, input.format);
    const template = await this.insertDraft(caller, async () => ({ definition, action: 'questionnaire-template.imported', data: {} }));
    this.logger.log({ templateId: template.id, key: template.key, version: template.version, actorUserId: caller.userId }, 'questionnaire imported');
    return template;
  }

  /** A new DRAFT holding a copy of a PUBLISHED or RETIRED version's definition. */
  async createDraftFrom(actor: Actor | null, templateId: string): Promise<QuestionnaireTemplate> {
    const caller = requireAssociationAdmin(actor);
    const template = await this.insertDraft(caller, async (manager) => {
      const source = await manager.findOne(QuestionnaireTemplate, { where: { id: templateId } });
      if (!source) throw notFound('Questionnaire template');
      if (source.status === TemplateStatus.DRAFT) {
        throw conflict(`${versionLabel(source)}: only a PUBLISHED or RETIRED version is copied into a new draft; edit this draft instead`);
      }
      return { definition: source.definition, action: 'questionnaire-template.drafted', data: { fromTemplateId: source.id, fromVersion: source.version } };
    });
    this.logger.log({ templateId: template.id, fromTemplateId: templateId, version: template.version, actorUserId: caller.userId }, 'questionnaire draft created');
    return template;
  }

  async replaceDraft(actor: Actor | null, input: ReplaceDraftDefinitionInput): Promise<QuestionnaireTemplate> {
    const caller = requireAssociationAdmin(actor);
    const definition = readDocument(input.content, input.format);
    return this.db.transaction(async (manager) => {
      const draft = await lockTemplate(manager, input.templateId);
      if (draft.status !== TemplateStatus.DRAFT) {
        throw conflict(`${versionLabel(draft)}: published versions are immutable; copy it into a new draft (createDraftFromTemplate) to change it`);
      }
      if (definition.key !== draft.key) {
        throw badInput([{ field: 'input.content.key', message: `must be "${draft.key}", the key of this draft (import the document to start another questionnaire)` }]);
      }
      await manager.update(QuestionnaireTemplate, draft.id, templateRow(definition));
      await this.audit(manager, caller, 'questionnaire-template.draft-replaced', draft, definition);
      this.logger.log({ templateId: draft.id, key: draft.key, version: draft.version, actorUserId: caller.userId }, 'questionnaire draft replaced');
      return manager.findOneOrFail(QuestionnaireTemplate, { where: { id: draft.id } });
    });
  }

  /** DRAFT → PUBLISHED, after validating the definition again (the rules may have grown since the import). */
  async publish(actor: Actor | null, templateId: string): Promise<QuestionnaireTemplate> {
    const caller = requireAssociationAdmin(actor);
    return this.db.transaction(async (manager) => {
      const draft = await lockTemplate(manager, templateId);
      if (draft.status !== TemplateStatus.DRAFT) throw conflict(`${versionLabel(draft)}: only a DRAFT version can be published`);
      const checked = validateQuestionnaire(draft.definition);
      if (!checked.ok) {
        throw badInput(
          checked.problems.map((p) => ({ field: fieldOf('definition', p.path), message: p.message })),
          'The draft does not pass validation; replace its definition before publishing it',
        );
      }
      await manager.update(QuestionnaireTemplate, draft.id, { status: TemplateStatus.PUBLISHED, publishedAt: new Date() });
      await this.audit(manager, caller, 'questionnaire-template.published', draft, draft.definition);
      this.logger.log({ templateId: draft.id, key: draft.key, version: draft.version, actorUserId: caller.userId }, 'questionnaire published');
      return manager.findOneOrFail(QuestionnaireTemplate, { where: { id: draft.id } });
    });
  }

  /** PUBLISHED → RETIRED: no new assessment pins it; those already pinned keep reading it. */
  async retire(actor: Actor | null, templateId: string): Promise<QuestionnaireTemplate> {
    const caller = requireAssociationAdmin(actor);
    return this.db.transaction(async (manager) => {
      const template = await lockTemplate(manager, templateId);
      if (template.status !== TemplateStatus.PUBLISHED) throw conflict(`${versionLabel(template)}: only a PUBLISHED version can be retired`);
      await manager.update(QuestionnaireTemplate, template.id, { status: TemplateStatus.RETIRED, retiredAt: new Date() });
      await this.audit(manager, caller, 'questionnaire-template.retired', template);
      this.logger.log({ templateId: template.id, key: template.key, version: template.version, actorUserId: caller.userId }, 'questionnaire retired');
      return manager.findOneOrFail(QuestionnaireTemplate, { where: { id: template.id } });
    });
  }

  async deleteDraft(actor: Actor | null, templateId: string): Promise<boolean> {
    const caller = requireAssociationAdmin(actor);
    await this.db.transaction(async (manager) => {
      const draft = await lockTemplate(manager, templateId);
      if (draft.status !== TemplateStatus.DRAFT) throw conflict(`${versionLabel(draft)}: only a DRAFT version can be deleted`);
      await manager.delete(QuestionnaireTemplate, draft.id);
      await this.audit(manager, caller, 'questionnaire-template.draft-deleted', draft);
      this.logger.log({ templateId: draft.id, key: draft.key, version: draft.version, actorUserId: caller.userId }, 'questionnaire draft deleted');
    });
    return true;
  }

  /**
   * Inserts a DRAFT numbered after the key's newest version. Two writers of the same key may pick the same
   * number: the unique index on (key, version) refuses the second, which tries again in a new transaction.
   */
  private async insertDraft(
    caller: Actor,
    prepare: (manager: EntityManager) => Promise<{ definition: QuestionnaireDefinition; action: string; data: Record<string, unknown> }>,
  ): Promise<QuestionnaireTemplate> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.db.transaction(async (manager) => {
          const { definition, action, data } = await prepare(manager);
          const [{ latest }] = (await manager.query('SELECT max(version) AS latest FROM questionnaire_template WHERE key = $1', [definition.key])) as {
            latest: number | null;
          }[];
          const draft = await manager.save(
            manager.create(QuestionnaireTemplate, { ...templateRow(definition), version: (latest ?? 0) + 1, status: TemplateStatus.DRAFT, createdByUserId: caller.userId }),
          );
          await this.audit(manager, caller, action, draft, definition, data);
          return draft;
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        if (attempt >= NEW_VERSION_ATTEMPTS) throw conflict('Another version of this questionnaire was being created at the same moment; try again');
        this.logger.warn({ attempt, actorUserId: caller.userId }, 'questionnaire version number taken concurrently; retrying');
      }
    }
  }

  private audit(
    manager: EntityManager,
    caller: Actor,
    action: string,
    template: QuestionnaireTemplate,
    definition?: QuestionnaireDefinition,
    data: Record<string, unknown> = {},
  ): Promise<void> {
    return recordAudit(manager, {
      action,
      entityType: 'questionnaire-template',
      entityId: template.id,
      actorUserId: caller.userId,
      organisationId: caller.organisationId,
      data: {
        key: template.key,
        version: template.version,
        ...(definition ? { questionCount: templateRow(definition).questionCount, sha256: definitionDigest(definition) } : {}),
        ...data,
      },
    });
  }
}

async function lockTemplate(manager: EntityManager, id: string): Promise<QuestionnaireTemplate> {
  const template = await manager.findOne(QuestionnaireTemplate, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!template) throw notFound('Questionnaire template');
  return template;
}

/** Parses and validates an uploaded document; every problem is reported with its path in the document. */
function readDocument(content: string, format: QuestionnaireFormat): QuestionnaireDefinition {
  const checked = validateQuestionnaire(parseQuestionnaireDocument(content, format));
  if (!checked.ok) {
    throw badInput(
      checked.problems.map((p) => ({ field: fieldOf('input.content', p.path), message: p.message })),
      `The questionnaire has ${checked.problems.length} problem(s)`,
    );
  }
  return checked.definition;
}

/** `input.content` + `themes[2].questions[4].text.fr` → `input.content.themes[2].questions[4].text.fr`. */
function fieldOf(prefix: string, path: string): string {
  if (!path || path === '$') return prefix;
  const relative = path.replace(/^\$\.?/, '');
  return relative.startsWith('[') ? `${prefix}${relative}` : `${prefix}.${relative}`;
}
