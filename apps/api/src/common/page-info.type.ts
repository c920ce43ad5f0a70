import { Field, ObjectType } from '@nestjs/graphql';

/** Cursor pagination of a connection: pass `endCursor` as `after` to read the next page. */
@ObjectType('PageInfo')
export class PageInfoType {
  @Field(() => String, { nullable: true, description: 'Opaque; null when the page is empty' })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}
