// Top bar: menu toggle on small screens, app name, local API status, the language switch, and log out when the
// headless page needed a login.
import { Badge, Burger, Button, Group, Text, ThemeIcon, Title, Tooltip } from '@mantine/core';
import { IconBrandWhatsapp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../../client/queries/app';
import { LanguageSwitch } from '../LanguageSwitch/LanguageSwitch';

interface AppHeaderProps {
  navbarOpened: boolean;
  onToggleNavbar: () => void;
}

export function AppHeader({ navbarOpened, onToggleNavbar }: AppHeaderProps) {
  const { t } = useTranslation();
  const info = useAppInfo().data;
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navbarOpened}
          onClick={onToggleNavbar}
          hiddenFrom="sm"
          size="sm"
          aria-label={t('nav.toggle')}
        />
        <ThemeIcon size="lg" radius="md" variant="filled">
          <IconBrandWhatsapp size={22} stroke={1.8} />
        </ThemeIcon>
        <div>
          <Title order={4} lh={1.1}>
            {t('app.name')}
          </Title>
          <Text size="xs" c="dimmed" visibleFrom="xs">
            {t('app.tagline')}
          </Text>
        </div>
      </Group>
      <Group gap="sm" wrap="nowrap">
        {info && (
          <Tooltip
            label={info.apiListening ? t('header.apiOnlineHint', { url: info.apiUrl }) : info.apiError}
          >
            <Badge
              visibleFrom="sm"
              variant="dot"
              size="lg"
              tt="none"
              color={info.apiListening ? 'wa' : 'red'}
              data-testid="api-status"
            >
              {info.apiListening ? t('header.apiOnline') : t('header.apiOffline')}
            </Badge>
          </Tooltip>
        )}
        <LanguageSwitch />
        {info?.pageLogin && (
          // A plain form: the server ends the session and clears its HttpOnly cookie (api/gate/page-login.ts).
          <form method="post" action="/logout">
            <Button type="submit" variant="subtle" size="xs" data-testid="logout">
              {t('header.logout')}
            </Button>
          </form>
        )}
      </Group>
    </Group>
  );
}
