import type { FastifyMultipartBaseOptions } from '@fastify/multipart';

/** The largest evidence file accepted (20 MiB). */
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Options of @fastify/multipart, registered once on the Fastify instance (create-api-app.ts): one file and a
 * few short fields per request. The parser lets one byte more than the limit through, so the upload's own
 * byte count is what refuses an oversized file (EvidenceInspector), before the rest is written anywhere.
 */
export const MULTIPART_OPTIONS: FastifyMultipartBaseOptions = {
  limits: { files: 1, fileSize: EVIDENCE_MAX_BYTES + 1, fields: 5, fieldSize: 200, fieldNameSize: 100, parts: 8, headerPairs: 50 },
};
