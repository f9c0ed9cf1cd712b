import polyglotI18nProvider from 'ra-i18n-polyglot';
import frenchMessages from 'ra-language-french';
import { mergeTranslations } from 'react-admin';
import { appMessages } from './messages';

type Messages = { [key: string]: string | Messages };

/** Every message with the typographic apostrophe (’) in place of the straight one ra-language-french uses. */
export function withTypographicApostrophes<T extends Messages>(source: T): T {
  return Object.fromEntries(
    Object.entries(source).map(([key, value]) => [key, typeof value === 'string' ? value.replaceAll("'", '’') : withTypographicApostrophes(value)]),
  ) as T;
}

const messages = mergeTranslations(withTypographicApostrophes(frenchMessages as unknown as Messages), appMessages);

// French only; `allowMissing` lets plain French labels through without a console warning.
export const i18nProvider = polyglotI18nProvider(() => messages, 'fr', [{ locale: 'fr', name: 'Français' }], {
  allowMissing: true,
});
