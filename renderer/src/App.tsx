// The app frame: header, side navigation, the API error banner and the page named by the URL hash.
import { AppShell, Container } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from './client/queries/app';
import { useSettings } from './client/queries/settings';
import { useLiveEvents } from './client/live-events';
import { ApiErrorAlert } from './components/ApiErrorAlert/ApiErrorAlert';
import { AppHeader } from './components/AppHeader/AppHeader';
import { AppNavbar } from './components/AppNavbar/AppNavbar';
import { AppLoadFailed, AppLoading } from './components/AppStatus/AppStatus';
import { useHashRoute } from './hooks/useHashRoute';
import { useSavedLanguage } from './i18n/useLanguage';
import { routeOf } from './routes';

export function App() {
  useLiveEvents();
  useSavedLanguage();
  const settings = useSettings();
  const info = useAppInfo();
  const route = routeOf(useHashRoute());
  const [navbarOpened, navbar] = useDisclosure(false);
  const { t } = useTranslation();
  useDocumentTitle(`${t(route.label)} · ${t('app.name')}`);

  // Wait for settings so the first screen is already in the saved language.
  if (settings.isPending || info.isPending) return <AppLoading />;
  if (settings.isError || info.isError) {
    return (
      <AppLoadFailed
        onRetry={() => {
          void settings.refetch();
          void info.refetch();
        }}
      />
    );
  }

  const Page = route.page;
  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } }}
      padding="xl"
    >
      <AppShell.Header>
        <AppHeader navbarOpened={navbarOpened} onToggleNavbar={navbar.toggle} />
      </AppShell.Header>
      <AppShell.Navbar>
        <AppNavbar activePath={route.path} onNavigate={navbar.close} />
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        <Container size="lg" px={0}>
          <ApiErrorAlert />
          <Page />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
