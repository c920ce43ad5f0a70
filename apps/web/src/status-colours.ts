import type { CertificateStatus, Tier } from './gql/graphql';

/**
 * Colours of statuses shown as filled badges and alerts with white text: each is at least 5:1 against white
 * (WCAG AA), which Mantine's lighter palette shades are not. The same hues as the api's verification page.
 */
const GREEN = '#1b6e3a';
const AMBER = '#6b4e00';
const ORANGE = '#a14a00';
const RED = '#a11a1a';

export const TIER_COLOUR: Record<Tier, string> = { LOW: GREEN, MEDIUM: AMBER, HIGH: ORANGE, CRITICAL: RED };

export const CERTIFICATE_STATUS_COLOUR: Record<CertificateStatus, string> = { VALID: GREEN, EXPIRED: AMBER, SUSPENDED: ORANGE, REVOKED: RED };
