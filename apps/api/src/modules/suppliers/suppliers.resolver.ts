import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MembershipStatus, type Actor } from '@assay/domain';
import { CurrentActor } from '../../common/actor.decorator.js';
import { ParseIdPipe } from '../../common/parse-id.pipe.js';
import type { GraphqlContext } from '../../graphql/graphql-context.js';
import { ProductType } from './dto/product.type.js';
import { UpdateSupplierProfileInput } from './dto/supplier-profile.input.js';
import { SupplierType } from './dto/supplier.type.js';
import { SupplierProductsLoader } from './supplier-products.loader.js';
import { SuppliersService } from './suppliers.service.js';

@Resolver(() => SupplierType)
export class SuppliersResolver {
  constructor(
    private readonly suppliers: SuppliersService,
    private readonly productsLoader: SupplierProductsLoader,
  ) {}

  @Query(() => SupplierType, { description: 'A supplier by its organisation id; public once verified' })
  supplier(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.suppliers.get(actor, id);
  }

  @Query(() => SupplierType, { description: "The signed-in provider user's own supplier profile" })
  mySupplier(@CurrentActor() actor: Actor | null) {
    return this.suppliers.mine(actor);
  }

  @Mutation(() => SupplierType, { description: 'By an admin of the supplier or an association admin' })
  updateSupplierProfile(@CurrentActor() actor: Actor | null, @Args('input') input: UpdateSupplierProfileInput) {
    return this.suppliers.updateProfile(actor, input);
  }

  @Mutation(() => SupplierType, { description: 'By association admins only' })
  setSupplierMembershipStatus(
    @CurrentActor() actor: Actor | null,
    @Args('supplierId', { type: () => ID }, ParseIdPipe) supplierId: string,
    @Args('status', { type: () => MembershipStatus }) status: MembershipStatus,
  ) {
    return this.suppliers.setMembershipStatus(actor, supplierId, status);
  }

  /** Whoever could read the supplier may read its products: the parent resolver already decided. */
  @ResolveField(() => [ProductType])
  products(@Parent() supplier: SupplierType, @Context() context: GraphqlContext) {
    return this.productsLoader.load(context, supplier.id);
  }
}
