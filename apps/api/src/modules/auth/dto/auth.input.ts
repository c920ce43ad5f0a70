import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsString, IsUUID, Length, MaxLength, MinLength } from 'class-validator';
import { UserRole } from '@assay/domain';
import { normalisedEmail, trimmed } from '../../../common/input-transforms.js';
import { OrganisationDetailsInput } from '../../organisations/dto/organisation-details.input.js';


export const PASSWORD_MIN_LENGTH = 12;

@InputType()
export class LoginInput {
  @Field()
  @Transform(normalisedEmail)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @Length(1, 200)
  password: string;
}

@InputType()
export class RefreshSessionInput {
  @Field()
  @IsString()
  @Length(20, 200)
  refreshToken: string;
}

@InputType()
export class InviteUserInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId: string;

  @Field()
  @Transform(normalisedEmail)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email: string;

  @Field(() => UserRole)
  @IsEnum(UserRole)
  role: UserRole;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @Length(20, 200)
  token: string;

  @Field()
  @Transform(trimmed)
  @IsString()
  @Length(1, 120)
  displayName: string;

  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(200)
  password: string;
}

@InputType({ description: 'A provider that signs itself up; it stays PENDING_VERIFICATION until the association verifies it' })
export class SignUpProviderInput extends OrganisationDetailsInput {
  @Field()
  @Transform(normalisedEmail)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  adminEmail: string;

  @Field()
  @Transform(trimmed)
  @IsString()
  @Length(1, 120)
  adminDisplayName: string;

  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(200)
  password: string;
}
