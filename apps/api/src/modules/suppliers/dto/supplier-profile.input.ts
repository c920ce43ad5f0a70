import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateIf } from 'class-validator';
import { isPresent, trimmed } from '../../../common/input-transforms.js';
import { IsCountryCode } from '../../../common/is-country-code.validator.js';
import { trimmedEach } from './trim.js';

export const MAX_DESCRIPTION_LENGTH = 5000;
export const MAX_SERVICES = 30;
export const MAX_SERVICE_LENGTH = 100;
/** More than every assigned ISO 3166-1 code (249): the list can name them all, and no more. */
export const MAX_COUNTRIES = 250;

@InputType({ description: 'Only the fields given change; a field cannot be set to null' })
export class UpdateSupplierProfileInput {
  @Field(() => ID, { nullable: true, description: "Defaults to the caller's own organisation (association admins must give it)" })
  @IsOptional()
  @IsUUID('all', { message: 'must be a supplier id' })
  supplierId?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf(isPresent)
  @Transform(trimmed)
  @IsString()
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  description?: string;

  @Field(() => [String], { nullable: true })
  @ValidateIf(isPresent)
  @Transform(trimmedEach)
  @IsArray()
  @ArrayMaxSize(MAX_SERVICES)
  @IsString({ each: true })
  @Length(1, MAX_SERVICE_LENGTH, { each: true, message: `each service must be 1 to ${MAX_SERVICE_LENGTH} characters` })
  services?: string[];

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' })
  @ValidateIf(isPresent)
  @IsCountryCode()
  headquartersCountry?: string;

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes' })
  @ValidateIf(isPresent)
  @IsArray()
  @ArrayMaxSize(MAX_COUNTRIES)
  @IsCountryCode({ each: true })
  operatingCountries?: string[];
}
