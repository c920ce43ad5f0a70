import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Capability, DeploymentContext, ProductCategory } from '@assay/domain';

@ObjectType('Product', { description: 'A surveillance or security product of a supplier' })
export class ProductType {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The provider organisation that sells it' })
  supplierId: string;

  @Field()
  name: string;

  @Field(() => ProductCategory)
  category: ProductCategory;

  @Field(() => [Capability])
  capabilities: Capability[];

  @Field(() => [DeploymentContext])
  deploymentContexts: DeploymentContext[];

  @Field(() => [String], { description: 'ISO 3166-1 alpha-2 codes of the countries where it is deployed' })
  deployedCountries: string[];

  @Field()
  description: string;
}
