import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { QuestionnaireTemplate, TemplateStatus } from '@assay/database';
import type { QuestionDefinition, QuestionnaireDefinition } from '@assay/domain';

/** A questionnaire version an assessment is pinned to, with its questions indexed by code. */
export interface PinnedQuestionnaire {
  template: QuestionnaireTemplate;
  definition: QuestionnaireDefinition;
  /** Every question by code, with the code of its theme, in questionnaire order. */
  questions: ReadonlyMap<string, { question: QuestionDefinition; themeCode: string }>;
}

/** Far above the number of versions in use at once; beyond it the oldest entries are dropped. */
const MAX_ENTRIES = 200;

/**
 * Pinned questionnaire versions, kept in memory: a version that is no longer a DRAFT never changes (the
 * database refuses), so a cached copy is always right, and saving answers does not read and parse a large
 * JSON document on every call. Drafts are never cached (no assessment pins one).
 */
@Injectable()
export class PinnedQuestionnaires {
  private readonly entries = new Map<string, PinnedQuestionnaire>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(templateId: string, manager: EntityManager = this.db.manager): Promise<PinnedQuestionnaire> {
    const [pinned] = await this.getMany([templateId], manager);
    if (!pinned) throw new Error(`questionnaire template ${templateId} does not exist`); // a foreign key guarantees it does
    return pinned;
  }

  /** In the order of `templateIds`; ids with no template are left out. */
  async getMany(templateIds: readonly string[], manager: EntityManager = this.db.manager): Promise<PinnedQuestionnaire[]> {
    const missing = [...new Set(templateIds.filter((id) => !this.entries.has(id)))];
    const loaded = new Map<string, PinnedQuestionnaire>();
    if (missing.length > 0) {
      for (const template of await manager.find(QuestionnaireTemplate, { where: { id: In(missing) } })) {
        const pinned = index(template);
        loaded.set(template.id, pinned);
        if (template.status !== TemplateStatus.DRAFT) this.remember(pinned);
      }
    }
    return templateIds.flatMap((id) => {
      const pinned = this.entries.get(id) ?? loaded.get(id);
      return pinned ? [pinned] : [];
    });
  }

  private remember(pinned: PinnedQuestionnaire): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(pinned.template.id, pinned);
  }
}

function index(template: QuestionnaireTemplate): PinnedQuestionnaire {
  const questions = new Map<string, { question: QuestionDefinition; themeCode: string }>();
  for (const theme of template.definition.themes) {
    for (const question of theme.questions) questions.set(question.code, { question, themeCode: theme.code });
  }
  return { template, definition: template.definition, questions };
}
