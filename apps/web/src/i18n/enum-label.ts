import { useTranslation } from 'react-i18next';

/**
 * The GraphQL enums the app shows, translated under `enum.<Name>.<VALUE>` in every language; the locales spec
 * checks each group has exactly the values the schema declares.
 */
export type TranslatedEnum =
  | 'AssessmentStatus'
  | 'Capability'
  | 'CertificateLevel'
  | 'CertificateStatus'
  | 'DeploymentContext'
  | 'MembershipStatus'
  | 'NotificationKind'
  | 'ProductCategory'
  | 'RequesterKind'
  | 'ScoreRunTrigger'
  | 'Tier';

export function useEnumLabel(): (name: TranslatedEnum, value: string) => string {
  const { t } = useTranslation();
  return (name, value) => t(`enum.${name}.${value}`);
}
