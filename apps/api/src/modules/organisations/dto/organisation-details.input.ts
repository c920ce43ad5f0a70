import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUrl, Length, MaxLength } from 'class-validator';
import { trimmed } from '../../../common/input-transforms.js';
import { IsCountryCode } from '../../../common/is-country-code.validator.js';

const HTTP_URL = { protocols: ['http', 'https'], require_protocol: true };

/** What identifies an organisation when it is created (by the association, or by a provider signing up). */
@InputType({ isAbstract: true })
export class OrganisationDetailsInput {
  @Field()
  @Transform(trimmed)
  @IsString()
  @Length(2, 200)
  legalName: string;

  @Field({ description: 'ISO 3166-1 alpha-2 of the headquarters' })
  @IsCountryCode()
  country: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(HTTP_URL, { message: 'must be an http(s) URL' })
  @MaxLength(300)
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  registrationNumber?: string | null;
}
