import polyglotI18nProvider from 'ra-i18n-polyglot';
import frenchMessages from 'ra-language-french';
import { mergeTranslations } from 'react-admin';
import { appMessages } from './messages';

const messages = mergeTranslations(frenchMessages, appMessages);

// French only; `allowMissing` lets plain French labels through without a console warning.
export const i18nProvider = polyglotI18nProvider(() => messages, 'fr', [{ locale: 'fr', name: 'Français' }], {
  allowMissing: true,
});
