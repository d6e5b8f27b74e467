// Side navigation: one link per page, the current one highlighted; the app version at the bottom.
import { AppShell, NavLink, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../../client/queries/app';
import { hrefOf } from '../../hooks/useHashRoute';
import { routes } from '../../routes';

interface AppNavbarProps {
  activePath: string;
  onNavigate: () => void;
}

export function AppNavbar({ activePath, onNavigate }: AppNavbarProps) {
  const { t } = useTranslation();
  const version = useAppInfo().data?.version;
  return (
    <>
      <AppShell.Section grow component="nav" aria-label={t('nav.main')} p="sm">
        {routes.map(({ path, label, icon: Icon }) => (
          <NavLink
            key={path}
            href={hrefOf(path)}
            label={t(label)}
            leftSection={<Icon size={20} stroke={1.6} />}
            active={path === activePath}
            onClick={onNavigate}
            variant="light"
            fw={500}
            aria-current={path === activePath ? 'page' : undefined}
          />
        ))}
      </AppShell.Section>
      {version && (
        <AppShell.Section p="md">
          <Text size="xs" c="dimmed">
            {t('app.name')} v{version}
          </Text>
        </AppShell.Section>
      )}
    </>
  );
}
