import frenchMessages from 'ra-language-french';
import { i18nProvider, withTypographicApostrophes } from '../src/providers/i18nProvider';

/** Every key of ra-language-french, as `ra.message.invalid_form`. */
function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value as object, `${prefix}${key}.`),
  );
}

const translate = (key: string) => i18nProvider.translate(key, { smart_count: 1, name: 'élément', max: 10, _: key });

describe('react-admin’s French messages', () => {
  const keys = keysOf(frenchMessages);

  it('are all there (the walk sees ra-language-french’s messages)', () => {
    expect(keys.length).toBeGreaterThan(100);
    expect(keys).toContain('ra.message.invalid_form');
  });

  it('never show a straight apostrophe', () => {
    const straight = keys.map((key) => [key, translate(key)]).filter(([, text]) => text.includes("'"));
    expect(straight).toEqual([]);
    expect(translate('ra.message.invalid_form')).toBe('Le formulaire n’est pas valide.');
    expect(translate('ra.message.access_denied')).toBe('Vous n’avez pas les droits d’accès à cette page');
  });

  it('say neither « sûr(e) », « autorisé(e) », « uploader » nor three dots', () => {
    const wrong = keys.map((key) => [key, translate(key)]).filter(([, text]) => /sûr|\(e\)|upload|\.\.\./i.test(text));
    expect(wrong).toEqual([]);
    expect(translate('ra.input.file.upload_several')).toBe('Déposez les fichiers à envoyer, ou cliquez pour en sélectionner.');
    expect(translate('ra.message.delete_content')).toBe('Voulez-vous vraiment supprimer cet élément ?');
    expect(translate('ra.saved_queries.new_label')).toBe('Ajouter à mes requêtes…');
  });

  it('name our resources in French, in the singular and the plural', () => {
    for (const [resource, one, many] of [
      ['users', 'Utilisateur', 'Utilisateurs'],
      ['juridictions', 'Juridiction', 'Juridictions'],
      ['administrations', 'Administration', 'Administrations'],
      ['outbox', 'Courriel envoyé', 'Courriels envoyés'],
      ['security-events', 'Évènement de sécurité', 'Journal de sécurité'],
      ['reference-changes', 'Modification', 'Modifications'],
    ]) {
      expect(i18nProvider.translate(`resources.${resource}.name`, { smart_count: 1 })).toBe(one);
      expect(i18nProvider.translate(`resources.${resource}.name`, { smart_count: 2 })).toBe(many);
    }
  });
});

describe('withTypographicApostrophes', () => {
  it('replaces every straight apostrophe, at any depth, and keeps the rest', () => {
    expect(withTypographicApostrophes({ a: "l'heure d'été", b: { c: "n'a %{n} pas", d: 'rien' } })).toEqual({
      a: 'l’heure d’été',
      b: { c: 'n’a %{n} pas', d: 'rien' },
    });
  });
});
