import { Anchor, AppShell, Badge, Burger, Button, Group, NativeSelect, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import type { SessionUser } from '../api/graphql-client';
import { useSession } from '../api/session';
import { LANGUAGES } from '../i18n/i18n';
import { associationNavigation } from '../pages/association/association-routes';
import { clientNavigation } from '../pages/client/client-routes';
import type { NavigationEntry } from '../pages/navigation-entry';
import { providerNavigation } from '../pages/provider/provider-routes';
import { UnreadCountProvider, useUnreadCount } from './unread-count';

const NAVIGATION_OF_KIND: Record<SessionUser['organisation']['kind'], (t: (key: string) => string) => NavigationEntry[]> = {
  PROVIDER: providerNavigation,
  CLIENT: clientNavigation,
  ASSOCIATION: associationNavigation,
};

function navigationFor(kind: SessionUser['organisation']['kind'] | null, t: (key: string) => string): NavigationEntry[] {
  return [
    ...(kind ? NAVIGATION_OF_KIND[kind](t) : []),
    ...(kind ? [{ to: '/notifications', label: t('nav.notifications') }] : []),
    { to: '/providers', label: t('nav.certifiedProviders') },
    { to: '/verification', label: t('nav.verify') },
  ];
}

export function AppLayout() {
  return (
    <UnreadCountProvider>
      <Shell />
    </UnreadCountProvider>
  );
}

function Shell() {
  const { t, i18n } = useTranslation();
  const { session, signOut } = useSession();
  const { count } = useUnreadCount();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const [opened, { toggle, close }] = useDisclosure();
  const user = session.status === 'signed-in' ? session.user : null;
  const items = navigationFor(user?.organisation.kind ?? null, t);

  async function onSignOut() {
    await signOut();
    navigate('/sign-in', { replace: true });
  }

  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggleMenu')} />
            <Anchor component={Link} to="/" fw={700} fz="lg" underline="never">
              Assay
            </Anchor>
            {user && (
              <Text size="sm" visibleFrom="md">
                {user.organisation.legalName}
              </Text>
            )}
          </Group>
          <Group wrap="nowrap" gap="sm">
            <NativeSelect
              aria-label={t('nav.language')}
              value={i18n.language}
              onChange={(event) => void i18n.changeLanguage(event.currentTarget.value)}
              data={LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))}
              size="xs"
            />
            {user ? (
              <>
                <Anchor component={Link} to="/notifications" aria-label={t('nav.notificationsUnread', { unread: count ?? 0 })}>
                  <Group gap={4} wrap="nowrap">
                    <span aria-hidden="true">{t('nav.notifications')}</span>
                    {count ? (
                      <Badge color="red" size="sm" aria-hidden="true">
                        {count}
                      </Badge>
                    ) : null}
                  </Group>
                </Anchor>
                <Button variant="outline" size="xs" onClick={() => void onSignOut()}>
                  {t('nav.signOut')}
                </Button>
              </>
            ) : (
              <Button component={Link} to="/sign-in" size="xs">
                {t('nav.signIn')}
              </Button>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.main')}>
        {items.map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={item.label}
            active={pathname.startsWith(item.to)}
            aria-current={pathname.startsWith(item.to) ? 'page' : undefined}
            // Filled: white on the primary colour, hovered or not (the light variant's hover fell below 4.5:1).
            variant="filled"
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
