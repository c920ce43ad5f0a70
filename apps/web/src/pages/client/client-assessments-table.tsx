import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../api/session';
import { formatDate, formatDay } from '../../format';
import { graphql } from '../../gql';
import type { ClientAssessmentFieldsFragment } from '../../gql/graphql';
import { useEnumLabel } from '../../i18n/enum-label';
import { TIER_COLOUR } from '../../status-colours';

export const ClientAssessmentFieldsDocument = graphql(`
  fragment ClientAssessmentFields on Assessment {
    id
    status
    dueDate
    createdAt
    requesterKind
    requestedByOrganisation {
      id
      legalName
    }
    workingGroup {
      id
      name
    }
    supplier {
      id
      legalName
    }
    products {
      id
      name
    }
    scorecard {
      tier
    }
  }
`);

export type ClientAssessment = ClientAssessmentFieldsFragment;

/**
 * Assessments a client may read, newest first: who asked for it (the client itself, a working group, or
 * someone else who shared it), its scope and status, and its tier once scored, with a link to the scorecard.
 */
export function ClientAssessmentsTable({ assessments, caption, showSupplier = true }: { assessments: ClientAssessment[]; caption: string; showSupplier?: boolean }) {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const { session } = useSession();
  const ownOrganisationId = session.status === 'signed-in' ? session.user.organisation.id : null;

  function origin(assessment: ClientAssessment): string {
    if (assessment.workingGroup) return t('clientAssessments.viaGroup', { group: assessment.workingGroup.name, requester: assessment.requestedByOrganisation.legalName });
    if (assessment.requestedByOrganisation.id === ownOrganisationId) return t('clientAssessments.byUs');
    return t('clientAssessments.sharedWithUs', { requester: assessment.requestedByOrganisation.legalName });
  }

  return (
    <Table striped withTableBorder captionSide="top">
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {showSupplier && <Table.Th scope="col">{t('clientAssessments.supplier')}</Table.Th>}
          <Table.Th scope="col">{t('clientAssessments.scope')}</Table.Th>
          <Table.Th scope="col">{t('clientAssessments.origin')}</Table.Th>
          <Table.Th scope="col">{t('clientAssessments.status')}</Table.Th>
          <Table.Th scope="col">{t('clientAssessments.tier')}</Table.Th>
          <Table.Th scope="col">{t('clientAssessments.dueDate')}</Table.Th>
          <Table.Th scope="col">{t('clientAssessments.scorecard')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {assessments.map((assessment) => (
          <Table.Tr key={assessment.id}>
            {showSupplier && (
              <Table.Th scope="row">
                <Anchor component={Link} to={`/suppliers/${assessment.supplier.id}`}>
                  {assessment.supplier.legalName}
                </Anchor>
              </Table.Th>
            )}
            <Table.Td>{assessment.products.map((product) => product.name).join(', ')}</Table.Td>
            <Table.Td>{origin(assessment)}</Table.Td>
            <Table.Td>{label('AssessmentStatus', assessment.status)}</Table.Td>
            <Table.Td>
              {assessment.scorecard ? (
                <Badge color={TIER_COLOUR[assessment.scorecard.tier]}>{label('Tier', assessment.scorecard.tier)}</Badge>
              ) : (
                <Text span size="sm">
                  {t('clientAssessments.notScored')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{formatDay(assessment.dueDate, i18n.language)}</Table.Td>
            <Table.Td>
              {assessment.scorecard ? (
                <Anchor component={Link} to={`/assessments/${assessment.id}/scorecard`} aria-label={t('clientAssessments.openScorecardOf', { supplier: assessment.supplier.legalName, date: formatDate(assessment.createdAt, i18n.language) })}>
                  {t('clientAssessments.openScorecard')}
                </Anchor>
              ) : (
                <Text span size="sm">
                  {t('clientAssessments.noScorecardYet')}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
