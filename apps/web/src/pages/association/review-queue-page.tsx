import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from '../../api/use-query';
import { formatDateTime } from '../../format';
import { graphql } from '../../gql';
import { useEnumLabel } from '../../i18n/enum-label';
import { usePageTitle } from '../../layout/page-title';
import { TIER_COLOUR } from '../../status-colours';
import { QueryStatus } from '../query-status';

const ReviewQueueDocument = graphql(`
  query ReviewQueue {
    reviewQueue(first: 100) {
      nodes {
        tier
        maturity
        scoredAt
        overridden
        claim {
          claimedBy {
            displayName
          }
        }
        assessment {
          id
          status
          supplier {
            legalName
          }
          requestedByOrganisation {
            legalName
          }
        }
      }
    }
  }
`);

/** The association's home: scored assessments waiting for a reviewer, oldest first. */
export function ReviewQueuePage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('reviews.title'));
  const label = useEnumLabel();
  const state = useQuery(ReviewQueueDocument, {});
  return (
    <Stack>
      <Title order={1}>{t('reviews.title')}</Title>
      <Text>{t('reviews.intro')}</Text>
      <QueryStatus state={state} />
      {state.status === 'done' &&
        (state.data.reviewQueue.nodes.length === 0 ? (
          <Text>{t('reviews.none')}</Text>
        ) : (
          <Table striped withTableBorder captionSide="top">
            <Table.Caption>{t('reviews.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('reviews.supplier')}</Table.Th>
                <Table.Th scope="col">{t('reviews.requestedBy')}</Table.Th>
                <Table.Th scope="col">{t('reviews.tier')}</Table.Th>
                <Table.Th scope="col">{t('reviews.maturity')}</Table.Th>
                <Table.Th scope="col">{t('reviews.scoredAt')}</Table.Th>
                <Table.Th scope="col">{t('reviews.reviewer')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {state.data.reviewQueue.nodes.map((item) => (
                <Table.Tr key={item.assessment.id}>
                  <Table.Th scope="row">
                    <Anchor component={Link} to={`/reviews/${item.assessment.id}`}>
                      {item.assessment.supplier.legalName}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{item.assessment.requestedByOrganisation.legalName}</Table.Td>
                  <Table.Td>
                    <Badge color={TIER_COLOUR[item.tier]}>{label('Tier', item.tier)}</Badge>
                    {item.overridden && <Text span size="sm"> {t('reviews.overridden')}</Text>}
                  </Table.Td>
                  <Table.Td>{new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(item.maturity)}</Table.Td>
                  <Table.Td>{formatDateTime(item.scoredAt, i18n.language)}</Table.Td>
                  <Table.Td>{item.claim ? item.claim.claimedBy.displayName : t('reviews.unclaimed')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
    </Stack>
  );
}
