import { Field, ID, InputType } from '@nestjs/graphql';
import { Allow } from 'class-validator';

/**
 * Which certificate (its id or its serial, exactly one) and why. Checked by `checkStatusChange`, so each
 * problem is named by its place in the input; `@Allow` keeps the fields through the global whitelist.
 */
@InputType({ description: 'Give exactly one of certificateId and serial, and the reason (recorded, and told to whoever follows the supplier)' })
export class CertificateStatusChangeInput {
  @Field(() => ID, { nullable: true })
  @Allow()
  certificateId?: string | null;

  @Field(() => String, { nullable: true, description: 'As printed on the certificate, e.g. ASSAY-2026-7K3F9QXD' })
  @Allow()
  serial?: string | null;

  @Field({ description: 'Not blank, at most 2000 characters' })
  @Allow()
  reason: string;
}
