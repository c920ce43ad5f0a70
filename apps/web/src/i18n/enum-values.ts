import type { MembershipStatus, ProductCategory } from '../gql/graphql';

/** Runtime lists of the enums the filters offer; `satisfies Record<…>` makes the type check fail when the schema adds or drops a value. */
export const PRODUCT_CATEGORIES = Object.keys({
  ACCESS_CONTROL_PERIMETER: true,
  BIOMETRIC_IDENTIFICATION: true,
  BODY_WORN_CAMERAS: true,
  BORDER_MIGRATION_TECH: true,
  DRONES_AERIAL_SURVEILLANCE: true,
  ELECTRONIC_MONITORING: true,
  FACIAL_RECOGNITION: true,
  IMSI_CATCHER: true,
  LAWFUL_INTERCEPTION_MONITORING_CENTRE: true,
  LICENCE_PLATE_RECOGNITION: true,
  PREDICTIVE_POLICING_RISK_ASSESSMENT: true,
  SOCIAL_MEDIA_MONITORING_OSINT: true,
  SPYWARE_REMOTE_INTRUSION: true,
  VIDEO_ANALYTICS_CCTV: true,
} satisfies Record<ProductCategory, true>) as ProductCategory[];

export const MEMBERSHIP_STATUSES = Object.keys({ NONE: true, MEMBER: true, CERTIFIED: true } satisfies Record<MembershipStatus, true>) as MembershipStatus[];
