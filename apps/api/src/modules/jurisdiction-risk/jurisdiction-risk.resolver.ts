import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@assay/domain';
import { CurrentActor } from '../../common/actor.decorator.js';
import { SetJurisdictionRiskInput } from './dto/jurisdiction-risk.input.js';
import { JurisdictionRiskType } from './dto/jurisdiction-risk.type.js';
import { JurisdictionRiskService } from './jurisdiction-risk.service.js';

@Resolver(() => JurisdictionRiskType)
export class JurisdictionRiskResolver {
  constructor(private readonly risks: JurisdictionRiskService) {}

  @Query(() => [JurisdictionRiskType], { description: 'The rated countries, by code; any other country counts as MEDIUM' })
  jurisdictionRisks(@CurrentActor() actor: Actor | null) {
    return this.risks.list(actor);
  }

  @Query(() => JurisdictionRiskType, { description: 'The level of one country, MEDIUM (rated: false) when unrated' })
  jurisdictionRisk(@CurrentActor() actor: Actor | null, @Args('country') country: string) {
    return this.risks.get(actor, country);
  }

  @Mutation(() => JurisdictionRiskType, { description: 'By association admins only' })
  setJurisdictionRisk(@CurrentActor() actor: Actor | null, @Args('input') input: SetJurisdictionRiskInput) {
    return this.risks.set(actor, input);
  }

  @Mutation(() => JurisdictionRiskType, { description: 'By association admins only; the country counts as MEDIUM again' })
  clearJurisdictionRisk(@CurrentActor() actor: Actor | null, @Args('country') country: string) {
    return this.risks.clear(actor, country);
  }
}
