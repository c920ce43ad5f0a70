import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateIf } from 'class-validator';
import { Capability, DeploymentContext, ProductCategory } from '@assay/domain';
import { isPresent, trimmed } from '../../../common/input-transforms.js';
import { IsCountryCode } from '../../../common/is-country-code.validator.js';
import { MAX_COUNTRIES, MAX_DESCRIPTION_LENGTH } from './supplier-profile.input.js';

@InputType()
export class CreateProductInput {
  @Field(() => ID, { nullable: true, description: "Defaults to the caller's own organisation (association admins must give it)" })
  @IsOptional()
  @IsUUID('all', { message: 'must be a supplier id' })
  supplierId?: string | null;

  @Field()
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  name: string;

  @Field(() => ProductCategory)
  @IsEnum(ProductCategory)
  category: ProductCategory;

  @Field(() => [Capability], { nullable: true })
  @ValidateIf(isPresent)
  @IsArray()
  @IsEnum(Capability, { each: true })
  capabilities?: Capability[];

  @Field(() => [DeploymentContext], { nullable: true })
  @ValidateIf(isPresent)
  @IsArray()
  @IsEnum(DeploymentContext, { each: true })
  deploymentContexts?: DeploymentContext[];

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes' })
  @ValidateIf(isPresent)
  @IsArray()
  @ArrayMaxSize(MAX_COUNTRIES)
  @IsCountryCode({ each: true })
  deployedCountries?: string[];

  @Field(() => String, { nullable: true })
  @ValidateIf(isPresent)
  @Transform(trimmed)
  @IsString()
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  description?: string;
}

@InputType({ description: 'Only the fields given change; a field cannot be set to null' })
export class UpdateProductInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a product id' })
  id: string;

  @Field(() => String, { nullable: true })
  @ValidateIf(isPresent)
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  name?: string;

  @Field(() => ProductCategory, { nullable: true })
  @ValidateIf(isPresent)
  @IsEnum(ProductCategory)
  category?: ProductCategory;

  @Field(() => [Capability], { nullable: true })
  @ValidateIf(isPresent)
  @IsArray()
  @IsEnum(Capability, { each: true })
  capabilities?: Capability[];

  @Field(() => [DeploymentContext], { nullable: true })
  @ValidateIf(isPresent)
  @IsArray()
  @IsEnum(DeploymentContext, { each: true })
  deploymentContexts?: DeploymentContext[];

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes' })
  @ValidateIf(isPresent)
  @IsArray()
  @ArrayMaxSize(MAX_COUNTRIES)
  @IsCountryCode({ each: true })
  deployedCountries?: string[];

  @Field(() => String, { nullable: true })
  @ValidateIf(isPresent)
  @Transform(trimmed)
  @IsString()
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  description?: string;
}
