import { Field, ObjectType } from '@nestjs/graphql';
import { JurisdictionRiskLevel } from '@assay/domain';

@ObjectType('JurisdictionRisk', { description: "The association's rating of a country; unrated countries count as MEDIUM" })
export class JurisdictionRiskType {
  @Field({ description: 'ISO 3166-1 alpha-2' })
  country: string;

  @Field(() => JurisdictionRiskLevel)
  level: JurisdictionRiskLevel;

  @Field({ description: 'False when the association has not rated the country and MEDIUM applies' })
  rated: boolean;

  @Field()
  rationale: string;

  @Field(() => Date, { nullable: true })
  updatedAt: Date | null;
}
