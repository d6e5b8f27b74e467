// The UI language: follows settings.language, and a switch applies at once, then saves the setting.
import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain';
import { useSettings, useUpdateSettings } from '../client/queries/settings';
import { DEFAULT_LANGUAGE } from '.';

/** Mount once at the root: applies the saved language whenever the setting changes (here or elsewhere). */
export function useSavedLanguage() {
  const { i18n } = useTranslation();
  const saved = useSettings().data?.language;
  // Layout effect: the first screen after loading is painted in the saved language, not Indonesian first.
  useLayoutEffect(() => {
    if (saved && saved !== i18n.language) void i18n.changeLanguage(saved);
  }, [saved, i18n]);
}

export function useLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  const settings = useSettings();
  const update = useUpdateSettings();
  const current = (i18n.language as Language) ?? DEFAULT_LANGUAGE;
  const change = (language: Language) => {
    void i18n.changeLanguage(language);
    update.mutate(
      { language },
      { onError: () => void i18n.changeLanguage(settings.data?.language ?? DEFAULT_LANGUAGE) },
    );
  };
  return [current, change];
}
