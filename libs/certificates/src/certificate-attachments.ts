/**
 * Names of the files a certificate PDF carries (PDF embedded files, visible in any viewer's attachments pane):
 * the canonical payload exactly as signed, and the signature with its key id. The reader looks them up by name.
 */
export const PAYLOAD_ATTACHMENT = 'assay-certificate.json';
export const SIGNATURE_ATTACHMENT = 'assay-certificate.signature.json';
