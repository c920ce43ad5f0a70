import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JurisdictionRisk, recordAudit } from '@assay/database';
import { UNRATED_JURISDICTION_RISK, badInput, isCountryCode, requireActor, requireAssociationAdmin, type Actor } from '@assay/domain';
import type { SetJurisdictionRiskInput } from './dto/jurisdiction-risk.input.js';
import type { JurisdictionRiskType } from './dto/jurisdiction-risk.type.js';

const rated = (row: JurisdictionRisk): JurisdictionRiskType => ({
  country: row.country,
  level: row.level,
  rated: true,
  rationale: row.rationale,
  updatedAt: row.updatedAt,
});

const unrated = (country: string): JurisdictionRiskType => ({
  country,
  level: UNRATED_JURISDICTION_RISK,
  rated: false,
  rationale: '',
  updatedAt: null,
});

/** The association's table of country risk: read by anyone signed in, edited by association admins only. */
@Injectable()
export class JurisdictionRiskService {
  private readonly logger = new Logger(JurisdictionRiskService.name);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The rated countries; every other one counts as MEDIUM. */
  async list(actor: Actor | null): Promise<JurisdictionRiskType[]> {
    requireActor(actor);
    const rows = await this.db.getRepository(JurisdictionRisk).find({ order: { country: 'ASC' } });
    return rows.map(rated);
  }

  async get(actor: Actor | null, country: string): Promise<JurisdictionRiskType> {
    requireActor(actor);
    assertCountry(country);
    const row = await this.db.getRepository(JurisdictionRisk).findOne({ where: { country } });
    return row ? rated(row) : unrated(country);
  }

  async set(actor: Actor | null, input: SetJurisdictionRiskInput): Promise<JurisdictionRiskType> {
    const caller = requireAssociationAdmin(actor);
    return this.db.transaction(async (manager) => {
      const previous = await manager.findOne(JurisdictionRisk, { where: { country: input.country }, lock: { mode: 'pessimistic_write' } });
      await manager.upsert(
        JurisdictionRisk,
        { country: input.country, level: input.level, rationale: input.rationale, updatedByUserId: caller.userId, updatedAt: new Date() },
        ['country'],
      );
      await recordAudit(manager, {
        action: 'jurisdiction-risk.set',
        entityType: 'jurisdiction-risk',
        entityId: input.country,
        actorUserId: caller.userId,
        organisationId: caller.organisationId,
        data: { from: previous?.level ?? null, to: input.level, rationale: input.rationale },
      });
      this.logger.log({ country: input.country, from: previous?.level ?? null, to: input.level, userId: caller.userId }, 'jurisdiction risk set');
      return rated(await manager.findOneOrFail(JurisdictionRisk, { where: { country: input.country } }));
    });
  }

  /** Removes a rating: the country counts as MEDIUM again. Clearing an unrated country changes nothing. */
  async clear(actor: Actor | null, country: string): Promise<JurisdictionRiskType> {
    const caller = requireAssociationAdmin(actor);
    assertCountry(country);
    return this.db.transaction(async (manager) => {
      const previous = await manager.findOne(JurisdictionRisk, { where: { country }, lock: { mode: 'pessimistic_write' } });
      if (previous) {
        await manager.delete(JurisdictionRisk, { country });
        await recordAudit(manager, {
          action: 'jurisdiction-risk.cleared',
          entityType: 'jurisdiction-risk',
          entityId: country,
          actorUserId: caller.userId,
          organisationId: caller.organisationId,
          data: { from: previous.level },
        });
        this.logger.log({ country, from: previous.level, userId: caller.userId }, 'jurisdiction risk cleared');
      }
      return unrated(country);
    });
  }
}

function assertCountry(country: string): void {
  if (!isCountryCode(country)) throw badInput([{ field: 'country', message: 'must be an ISO 3166-1 alpha-2 country code (e.g. FR)' }]);
}
