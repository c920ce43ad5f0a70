import { Notification, NotificationKind } from '@assay/database';
import { OrganisationKind, UserRole } from '@assay/domain';
import { TestApi, errorCode } from '@assay/testing';
import { fieldsOf, providerWithProducts, publishFreshQuestionnaire, requestAssessment, type Provider } from './support/assessment-requests.js';
import { signedInUser, type SignedInUser } from './support/sessions.js';

const LIST = `query ($unreadOnly: Boolean, $first: Int, $after: String) {
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) { nodes { id kind data createdAt readAt } pageInfo { endCursor hasNextPage } } }`;
const COUNT = `{ unreadNotificationCount }`;
const MARK = `mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;

interface NotificationData {
  id: string;
  kind: string;
  data: string;
  createdAt: string;
  readAt: string | null;
}
interface Page {
  notifications: { nodes: NotificationData[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
}

describe('notifications', () => {
  let api: TestApi;
  let provider: Provider;
  let client: SignedInUser;
  let templateId: string;

  const page = async (user: SignedInUser, variables: Record<string, unknown> = {}) => {
    const result = await api.gql<Page>(LIST, variables, { token: user.token });
    expect(result.errors).toBeUndefined();
    return result.data!.notifications;
  };
  const unread = async (user: SignedInUser) => (await api.gql<{ unreadNotificationCount: number }>(COUNT, {}, { token: user.token })).data!.unreadNotificationCount;
  const mark = async (user: SignedInUser, ids?: string[]) => (await api.gql<{ markNotificationsRead: number }>(MARK, ids ? { ids } : {}, { token: user.token })).data!.markNotificationsRead;

  beforeAll(async () => {
    api = await TestApi.start();
    provider = await providerWithProducts(api, [], 1);
    client = await signedInUser(api, OrganisationKind.CLIENT, UserRole.ADMIN);
    templateId = (await publishFreshQuestionnaire(api)).id;
  }, 30_000);
  afterAll(() => api.close());

  it('a request tells every user of the provider, newest first, with what it is about', async () => {
    const first = await requestAssessment(api, client.token, { supplierId: provider.admin.organisation.id, productIds: [provider.products[0]!.id], templateId });
    const second = await requestAssessment(api, client.token, { supplierId: provider.admin.organisation.id, productIds: [provider.products[0]!.id], templateId });
    for (const user of [provider.admin, provider.member]) {
      const { nodes } = await page(user);
      expect(nodes.map((n) => [n.kind, JSON.parse(n.data).assessmentId, n.readAt])).toEqual([
        ['ASSESSMENT_REQUESTED', second.id, null],
        ['ASSESSMENT_REQUESTED', first.id, null],
      ]);
      expect(JSON.parse(nodes[0]!.data)).toMatchObject({ supplierName: provider.admin.organisation.legalName, requestedByName: client.organisation.legalName, requesterKind: 'CLIENT' });
    }
    expect(await unread(provider.member)).toBe(2);
    expect((await page(client)).nodes).toEqual([]);
  });

  it('pages with a cursor and filters the unread ones', async () => {
    const user = await signedInUser(api, OrganisationKind.CLIENT, UserRole.MEMBER);
    const rows = await api.db.getRepository(Notification).save(
      Array.from({ length: 5 }, (_, index) => ({ userId: user.user.id, kind: NotificationKind.ASSESSMENT_SUBMITTED, data: { index } })),
    );
    const seen: number[] = [];
    let after: string | null = null;
    do {
      const current: Page['notifications'] = await page(user, { first: 2, after });
      seen.push(...current.nodes.map((n) => JSON.parse(n.data).index as number));
      after = current.pageInfo.hasNextPage ? current.pageInfo.endCursor : null;
    } while (after);
    expect(seen.sort()).toEqual([0, 1, 2, 3, 4]);

    expect(await mark(user, [rows[0]!.id, rows[1]!.id])).toBe(2);
    expect(await unread(user)).toBe(3);
    expect((await page(user, { unreadOnly: true })).nodes.map((n) => n.id).sort()).toEqual(rows.slice(2).map((r) => r.id).sort());
    expect(await mark(user, [rows[0]!.id])).toBe(0); // already read
    expect(await mark(user)).toBe(3); // all the rest
    expect(await unread(user)).toBe(0);
    expect((await page(user)).nodes.every((n) => n.readAt !== null)).toBe(true);
  });

  it("another user's notification is never touched: its id is ignored", async () => {
    const theirs = (await page(provider.admin)).nodes[0]!;
    expect(await mark(provider.member, [theirs.id])).toBe(0);
    expect((await page(provider.admin)).nodes[0]!.readAt).toBeNull();
    expect(await mark(client, [theirs.id])).toBe(0);
    expect(await unread(provider.admin)).toBe(2);
  });

  it('bad arguments are named; anonymous callers are refused', async () => {
    const user = provider.member;
    const badPage = await api.gql(LIST, { first: 101, after: 'not-a-cursor' }, { token: user.token });
    expect(fieldsOf(badPage)).toEqual(['first', 'after']);
    const badIds = await api.gql(MARK, { ids: ['3f1c2b9e-8d4a-4f6b-9c1e-2a7d5b8e0f13', 'nope'] }, { token: user.token });
    expect([errorCode(badIds), fieldsOf(badIds)]).toEqual(['BAD_USER_INPUT', ['ids[1]']]);
    for (const document of [LIST, COUNT, MARK]) expect(errorCode(await api.gql(document))).toBe('UNAUTHENTICATED');
  });
});
