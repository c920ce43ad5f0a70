import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { Capability, DeploymentContext, ProductCategory } from '@assay/domain';
import { IsCountryCode } from '../../../common/is-country-code.validator.js';
import { MAX_COUNTRIES, MAX_DESCRIPTION_LENGTH } from './supplier-profile.input.js';
import { trimmed } from './trim.js';

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
  @IsOptional()
  @IsArray()
  @IsEnum(Capability, { each: true })
  capabilities?: Capability[] | null;

  @Field(() => [DeploymentContext], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(DeploymentContext, { each: true })
  deploymentContexts?: DeploymentContext[] | null;

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_COUNTRIES)
  @IsCountryCode({ each: true })
  deployedCountries?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  description?: string | null;
}

@InputType({ description: 'Only the fields given are changed; null or absent leaves a field as it is' })
export class UpdateProductInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a product id' })
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  name?: string | null;

  @Field(() => ProductCategory, { nullable: true })
  @IsOptional()
  @IsEnum(ProductCategory)
  category?: ProductCategory | null;

  @Field(() => [Capability], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(Capability, { each: true })
  capabilities?: Capability[] | null;

  @Field(() => [DeploymentContext], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(DeploymentContext, { each: true })
  deploymentContexts?: DeploymentContext[] | null;

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_COUNTRIES)
  @IsCountryCode({ each: true })
  deployedCountries?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  description?: string | null;
}
