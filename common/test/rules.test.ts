import {
  availableTransitions,
  defineAbilityFor,
  defineRulesFor,
  findTransition,
  formatReference,
  isValidSiret,
  normalizeCommuneName,
  parseReference,
  requiredFields,
  transitionRefusal,
  WORKFLOW,
  SAISINE_STATUSES,
} from '../src';

describe('SIRET', () => {
  test.each([
    ['73282932000074', true],
    ['732 829 320 00074', true],
    ['73282932000075', false],
    ['7328293200007', false],
    ['35600000000048', true], // La Poste head office
    ['35600000049837', true], // La Poste establishment (digit sum multiple of 5)
    ['35600000049838', false],
  ])('%s → %s', (siret, expected) => expect(isValidSiret(siret)).toBe(expected));
});

describe('references', () => {
  test('are formatted and parsed', () => {
    expect(formatReference(2026, 123)).toBe('IP-2026-000123');
    expect(parseReference('IP-2026-000123')).toEqual({ year: 2026, sequence: 123 });
    expect(parseReference('IP-26-1')).toBeNull();
  });
});

describe('workflow', () => {
  test('every status but cloturee has a way out, and every target is a known status', () => {
    for (const status of SAISINE_STATUSES.filter((s) => s !== 'cloturee')) {
      expect(WORKFLOW.some((rule) => rule.from.includes(status))).toBe(true);
    }
    expect(WORKFLOW.every((rule) => SAISINE_STATUSES.includes(rule.to))).toBe(true);
    expect(WORKFLOW.some((rule) => rule.from.includes('cloturee'))).toBe(false);
  });

  test('the clerk registers; the prosecutor cannot', () => {
    expect(transitionRefusal('recue', 'enregistree', 'greffier')).toBeNull();
    expect(transitionRefusal('recue', 'enregistree', 'magistrat')).toMatch(/Votre rôle/);
    expect(findTransition('recue', 'enregistree')?.requires).toEqual(['numeroParquet']);
  });

  test('transitions outside the table are refused with a reason', () => {
    expect(transitionRefusal('recue', 'decidee', 'magistrat')).toMatch(/ne peut pas passer/);
    expect(transitionRefusal('cloturee', 'recue', 'greffier')).toMatch(/ne peut pas passer/);
  });

  test('a clerk recording a decision names the prosecutor', () => {
    const rule = findTransition('attribuee', 'decidee')!;
    expect(requiredFields(rule, 'magistrat')).toEqual(['decision']);
    expect(requiredFields(rule, 'greffier')).toEqual(['decision', 'onBehalfOfId']);
  });

  test('available actions depend on the status and the actor', () => {
    expect(availableTransitions('recue', 'greffier').map((r) => r.to)).toEqual(['enregistree', 'complement_demande', 'transferee']);
    expect(availableTransitions('decidee', 'magistrat')).toEqual([]);
    expect(availableTransitions('decidee', 'greffier').map((r) => r.to)).toEqual(['cloturee']);
  });
});

describe('abilities', () => {
  const greffier = defineAbilityFor({ id: 'u1', role: 'greffier', juridictionId: 'tj-blois' });
  const saisine = (juridictionId: string) => ({ __caslSubjectType__: 'Saisine', juridictionId }) as never;

  test('a clerk reads and works the referrals of their court only', () => {
    expect(greffier.can('read', saisine('tj-blois'))).toBe(true);
    expect(greffier.can('read', saisine('tj-paris'))).toBe(false);
    expect(greffier.can('create', saisine('tj-blois'))).toBe(true);
    expect(greffier.can('manage', 'User')).toBe(false);
  });

  test('a prosecutor cannot enter paper referrals; the analyst reads indicators only', () => {
    const magistrat = defineAbilityFor({ id: 'u2', role: 'magistrat', juridictionId: 'tj-blois' });
    expect(magistrat.can('create', saisine('tj-blois'))).toBe(false);
    const analyste = defineAbilityFor({ id: 'u3', role: 'analyste', juridictionId: null });
    expect(analyste.can('read', 'Saisine')).toBe(false);
    expect(analyste.can('read', 'Indicator')).toBe(true);
  });

  test('the national administrator manages users but reads no referral', () => {
    const admin = defineAbilityFor({ id: 'u4', role: 'admin_national', juridictionId: null });
    expect(admin.can('manage', 'User')).toBe(true);
    expect(admin.can('read', 'Saisine')).toBe(false);
  });

  test('a clerk without a court gets no referral rule; nobody signed in gets nothing', () => {
    expect(defineAbilityFor({ id: 'u5', role: 'greffier', juridictionId: null }).can('read', 'Saisine')).toBe(false);
    expect(defineRulesFor(null)).toEqual([]);
  });
});

test('commune names are normalised for search', () => {
  expect(normalizeCommuneName("Évry-Courcouronnes")).toBe('evry courcouronnes');
  expect(normalizeCommuneName("L'Haÿ-les-Roses")).toBe('l hay les roses');
});
