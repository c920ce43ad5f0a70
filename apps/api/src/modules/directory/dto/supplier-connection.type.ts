import { Field, ObjectType } from '@nestjs/graphql';
import { PageInfoType } from '../../../common/page-info.type.js';
import { SupplierType } from '../../suppliers/dto/supplier.type.js';

@ObjectType('SupplierConnection')
export class SupplierConnectionType {
  @Field(() => [SupplierType])
  nodes: SupplierType[];

  @Field(() => PageInfoType)
  pageInfo: PageInfoType;
}
