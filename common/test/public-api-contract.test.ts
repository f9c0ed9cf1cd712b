import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import {
  ADMINISTRATION_SCHEMAS,
  INDICATOR_SCHEMAS,
  PUBLIC_API_SCHEMAS,
  REFERENCE_DATA_SCHEMAS,
  SAISINE_SCHEMAS,
  SESSION_SCHEMAS,
  SaisineListRecordSchema,
  SaisineReceiptSchema,
  SessionInfoSchema,
  SuiviSchema,
  UserRecordSchema,
} from '../src';

type Node = Record<string, unknown>;

// As the API's tests check answers against the OpenAPI document: JSON Schema 2020-12 with formats.
const ajv = new Ajv2020({ strict: false });
addFormats(ajv);
const Value = { Check: (schema: object, value: unknown) => ajv.validate(schema, value) };

/** Every object schema inside `schema`, with where it is. */
function objects(schema: unknown, where: string, found: Array<[string, Node]> = []): Array<[string, Node]> {
  if (!schema || typeof schema !== 'object') return found;
  const node = schema as Node;
  if (node.type === 'object' && node.properties) found.push([where, node]);
  for (const [key, value] of Object.entries(node)) {
    if (Array.isArray(value)) value.forEach((item, index) => objects(item, `${where}.${key}[${index}]`, found));
    else objects(value, `${where}.${key}`, found);
  }
  return found;
}

test('every answer of the public contract is a closed object, so a field added on one side only is caught', () => {
  const { Error: errorBody, ...answers } = PUBLIC_API_SCHEMAS;
  const open = Object.entries(answers)
    .flatMap(([name, schema]) => objects(schema, name))
    .filter(([, node]) => node.additionalProperties !== false)
    .map(([where]) => where);
  expect(open).toEqual([]);
  // The error body alone stays open: each error may add what helps to go on (candidates, mfa…).
  expect(errorBody.required).toEqual(['message']);
});

test('the contract refuses the shapes the form and the API once disagreed on', () => {
  const receipt = {
    id: '0b4f7a52-5d0e-4c4b-9f44-7b4c1b1d2e01',
    reference: 'IP-2026-000123',
    receivedAt: '2026-09-14T08:32:00.000Z',
    juridiction: { id: 'tj-blois', nom: 'Tribunal judiciaire de Blois', type: 'TJ', adresse: null },
    trackingUrl: 'http://localhost:3000/suivi/abc',
    acknowledgement: {
      reference: 'IP-2026-000123',
      receivedAt: '2026-09-14T08:32:00.000Z',
      juridiction: 'Tribunal judiciaire de Blois',
      message: 'Reçue.',
      pdfUrl: 'http://localhost:3000/api/public/suivi/abc/accuse-reception.pdf',
      piecesJointes: [],
    },
  };
  expect(Value.Check(SaisineReceiptSchema, receipt)).toBe(true);
  // The acknowledgement names its court by a string, not an object.
  const objectCourt = { ...receipt, acknowledgement: { ...receipt.acknowledgement, juridiction: { id: 'tj-blois', nom: 'Blois' } } };
  expect(Value.Check(SaisineReceiptSchema, objectCourt)).toBe(false);
  expect(Value.Check(SaisineReceiptSchema, { ...receipt, extra: true })).toBe(false);
  // A tracking answer without its decision fields (null before the decision) is not the contract's.
  expect(Value.Check(SuiviSchema, { reference: 'IP-2026-000123', status: 'recue', statusLabel: 'Reçue', receivedAt: receipt.receivedAt, juridiction: { nom: 'Blois' }, events: [] })).toBe(false);
});

test('the back-office session is closed too, and refuses a user without its court name or an unknown role', () => {
  const open = Object.entries(SESSION_SCHEMAS)
    .flatMap(([name, schema]) => objects(schema, name))
    .filter(([, node]) => node.additionalProperties !== false)
    .map(([where]) => where);
  // The CASL rules alone stay open: they are CASL's own objects.
  expect(open).toEqual(['SessionInfo.properties.rules.items']);
  const user = { id: '0b4f7a52-5d0e-4c4b-9f44-7b4c1b1d2e01', email: 'g@justice.test', displayName: 'G', role: 'greffier', juridictionId: 'tj-blois', juridictionNom: 'TJ Blois' };
  expect(Value.Check(SessionInfoSchema, { user, rules: [{ action: 'read', subject: 'Saisine' }], csrfToken: 'x', mfa: 'ok' })).toBe(true);
  expect(Value.Check(SessionInfoSchema, { mfa: 'required', message: 'Second facteur', csrfToken: 'x' })).toBe(true);
  const { juridictionNom: _nom, ...withoutCourtName } = user;
  expect(Value.Check(SessionInfoSchema, { user: withoutCourtName, csrfToken: 'x', mfa: 'ok' })).toBe(false);
  expect(Value.Check(SessionInfoSchema, { user: { ...user, role: 'stagiaire' }, csrfToken: 'x', mfa: 'ok' })).toBe(false);
  expect(Value.Check(SessionInfoSchema, { user: { ...user, passwordHash: 'x' }, csrfToken: 'x', mfa: 'ok' })).toBe(false);
});

test('what the back-office reads is closed too: referrals, accounts, outbox, security log, reference data, indicators', () => {
  const open = Object.entries({ ...SAISINE_SCHEMAS, ...ADMINISTRATION_SCHEMAS, ...REFERENCE_DATA_SCHEMAS, ...INDICATOR_SCHEMAS })
    .flatMap(([name, schema]) => objects(schema, name))
    .filter(([, node]) => node.additionalProperties !== false)
    .map(([where]) => where);
  expect(open).toEqual([]);
  const row = {
    id: '0b4f7a52-5d0e-4c4b-9f44-7b4c1b1d2e02',
    reference: 'IP-2026-000123',
    kind: 'proces_verbal',
    channel: 'formulaire',
    status: 'recue',
    urgent: true,
    urgencyReason: 'Preuves sur le point de disparaître',
    juridictionId: 'tj-blois',
    juridictionNom: 'Tribunal judiciaire de Blois',
    senderAdministration: 'DDFiP de Loir-et-Cher',
    senderAdministrationKind: 'dgfip',
    factsCommuneInsee: '41018',
    factsCommuneNom: 'Blois',
    qualification: 'Fraude fiscale',
    receivedAt: '2026-09-14T14:05:00.000Z',
    registeredAt: null,
    decidedAt: null,
    numeroParquet: null,
    assigneeId: null,
    assigneeName: null,
    enRetard: false,
  };
  expect(Value.Check(SaisineListRecordSchema, row)).toBe(true);
  // A Date sent as something else than ISO, an unknown status, a column leaked from the table.
  expect(Value.Check(SaisineListRecordSchema, { ...row, receivedAt: 'Mon Sep 14 2026' })).toBe(false);
  expect(Value.Check(SaisineListRecordSchema, { ...row, status: 'perdue' })).toBe(false);
  expect(Value.Check(SaisineListRecordSchema, { ...row, queueRank: 1 })).toBe(false);
  const user = { id: row.id, email: 'g@justice.test', displayName: 'G', role: 'greffier', juridictionId: 'tj-blois', juridictionNom: 'TJ Blois', active: true };
  expect(Value.Check(UserRecordSchema, user)).toBe(true);
  expect(Value.Check(UserRecordSchema, { ...user, lockedUntil: null })).toBe(true);
  expect(Value.Check(UserRecordSchema, { ...user, passwordHash: 'x' })).toBe(false);
});
