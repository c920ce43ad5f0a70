import { Field, ID, InputType, PickType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsString, IsUUID, Length, MaxLength, ValidateIf } from 'class-validator';
import { OrganisationKind } from '@assay/domain';
import { isPresent, normalisedEmail, trimmed } from '../../../common/input-transforms.js';
import { IsCountryCode } from '../../../common/is-country-code.validator.js';
import { OrganisationDetailsInput } from './organisation-details.input.js';

@InputType({ description: 'An organisation created by the association, with an invitation for its first admin' })
export class CreateOrganisationInput extends OrganisationDetailsInput {
  @Field(() => OrganisationKind, { description: 'CLIENT or PROVIDER: there is only one association' })
  @IsEnum(OrganisationKind)
  kind: OrganisationKind;

  @Field({ description: 'Receives the invitation to become the first ADMIN' })
  @Transform(normalisedEmail)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  adminEmail: string;
}

@InputType({ description: 'Only the fields given change; website and registrationNumber are cleared with null' })
export class UpdateOrganisationInput extends PickType(OrganisationDetailsInput, ['website', 'registrationNumber'] as const, InputType) {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an organisation id' })
  id: string;

  @Field(() => String, { nullable: true })
  @ValidateIf(isPresent)
  @Transform(trimmed)
  @IsString()
  @Length(2, 200)
  legalName?: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 of the headquarters' })
  @ValidateIf(isPresent)
  @IsCountryCode()
  country?: string;
}
