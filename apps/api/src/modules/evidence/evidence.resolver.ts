import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@assay/domain';
import { CurrentActor } from '../../common/actor.decorator.js';
import { ParseIdPipe } from '../../common/parse-id.pipe.js';
import { EvidenceAttachmentInput } from './dto/evidence-attachment.input.js';
import { EvidenceFileType } from './dto/evidence-file.type.js';
import { EvidenceUploadLimitsType } from './dto/evidence-upload-limits.type.js';
import { EVIDENCE_CONTENT_TYPES } from './evidence-content-type.js';
import { EVIDENCE_MAX_BYTES } from './evidence-upload-limits.js';
import { EvidenceService } from './evidence.service.js';

@Resolver(() => EvidenceFileType)
export class EvidenceResolver {
  constructor(private readonly evidence: EvidenceService) {}

  @Query(() => [EvidenceFileType], { description: 'The evidence files of an assessment (uploaded for it or attached to its answers), for whoever may see it' })
  evidenceFiles(@CurrentActor() actor: Actor | null, @Args('assessmentId', { type: () => ID }, ParseIdPipe) assessmentId: string) {
    return this.evidence.listForAssessment(actor, assessmentId);
  }

  @Query(() => EvidenceUploadLimitsType, { description: 'What POST /evidence accepts (public: the same for everyone)' })
  evidenceUploadLimits(): EvidenceUploadLimitsType {
    return { maxBytes: EVIDENCE_MAX_BYTES, contentTypes: Object.keys(EVIDENCE_CONTENT_TYPES), extensions: Object.values(EVIDENCE_CONTENT_TYPES).flat() };
  }

  @Mutation(() => EvidenceFileType, { description: "The provider's users, while answers are open; upload the file first (POST /evidence)" })
  attachEvidence(@CurrentActor() actor: Actor | null, @Args('input') input: EvidenceAttachmentInput) {
    return this.evidence.attach(actor, input);
  }

  @Mutation(() => EvidenceFileType, { description: "The provider's users, while answers are open" })
  detachEvidence(@CurrentActor() actor: Actor | null, @Args('input') input: EvidenceAttachmentInput) {
    return this.evidence.detach(actor, input);
  }
}
