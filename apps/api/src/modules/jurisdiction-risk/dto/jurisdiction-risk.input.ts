import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsString, Length } from 'class-validator';
import { JurisdictionRiskLevel } from '@assay/domain';
import { trimmed } from '../../../common/input-transforms.js';
import { IsCountryCode } from '../../../common/is-country-code.validator.js';

@InputType()
export class SetJurisdictionRiskInput {
  @Field({ description: 'ISO 3166-1 alpha-2' })
  @IsCountryCode()
  country: string;

  @Field(() => JurisdictionRiskLevel)
  @IsEnum(JurisdictionRiskLevel)
  level: JurisdictionRiskLevel;

  @Field({ description: 'Why the country has this level (sources, events); shown beside the rating' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 2000)
  rationale: string;
}
