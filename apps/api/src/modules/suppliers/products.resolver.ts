import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '@assay/domain';
import { CurrentActor } from '../../common/actor.decorator.js';
import { ParseIdPipe } from '../../common/parse-id.pipe.js';
import { CreateProductInput, UpdateProductInput } from './dto/product.input.js';
import { ProductType } from './dto/product.type.js';
import { ProductsService } from './products.service.js';

@Resolver(() => ProductType)
export class ProductsResolver {
  constructor(private readonly products: ProductsService) {}

  @Mutation(() => ProductType, { description: "By the supplier's users or an association admin" })
  createProduct(@CurrentActor() actor: Actor | null, @Args('input') input: CreateProductInput) {
    return this.products.create(actor, input);
  }

  @Mutation(() => ProductType, { description: "By the supplier's users or an association admin" })
  updateProduct(@CurrentActor() actor: Actor | null, @Args('input') input: UpdateProductInput) {
    return this.products.update(actor, input);
  }

  @Mutation(() => ID, { description: 'Deletes a product and answers its id' })
  deleteProduct(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.products.delete(actor, id);
  }
}
