import { defineRulesFor, type Role } from '@info-parquet/common';
import type { SessionPayload } from '../../src/providers/session';
import type { SaisineDetail, SaisineListRecord } from '../../src/saisines/types';

export const BLOIS = '6d1f6e8a-4c1b-4b8e-9a55-2f0f1b6c0a01';
export const PARIS = '6d1f6e8a-4c1b-4b8e-9a55-2f0f1b6c0a02';

/** What `POST /api/auth/login` and `GET /api/auth/me` answer, with the real rules from common. */
export function sessionFor(role: Role, juridictionId: string | null = BLOIS): SessionPayload {
  const user = {
    id: `user-${role}`,
    email: `${role}.blois@justice.test`,
    displayName: role === 'greffier' ? 'Camille Martin' : 'Dominique Petit',
    role,
    juridictionId,
    juridictionNom: juridictionId ? 'Tribunal judiciaire de Blois' : null,
  };
  return { user, rules: defineRulesFor(user), csrfToken: `csrf-${role}` };
}

export function listRecord(overrides: Partial<SaisineListRecord> = {}): SaisineListRecord {
  return {
    id: 'a5f0c6de-0000-4000-8000-000000000001',
    reference: 'IP-2026-000123',
    kind: 'signalement_article_40',
    channel: 'formulaire',
    status: 'recue',
    urgent: false,
    urgencyReason: '',
    juridictionId: BLOIS,
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
    ...overrides,
  };
}

export function detailRecord(overrides: Partial<SaisineDetail> = {}): SaisineDetail {
  const base = listRecord({ status: 'enregistree', registeredAt: '2026-09-14T15:30:00.000Z', numeroParquet: '26123000045' });
  return {
    ...base,
    routing: 'certain',
    routingReason: '',
    administrationId: 12,
    senderService: 'Pôle de contrôle fiscal',
    senderAgentName: 'Camille Bernard',
    senderAgentFunction: 'Inspectrice des finances publiques',
    senderEmail: 'camille.bernard@dgfip.finances.gouv.fr',
    senderPhone: '02 54 00 00 00',
    factsNarrative: 'Minoration massive du chiffre d’affaires déclaré.',
    factsStartDate: '2026-09-01',
    factsEndDate: null,
    factsDepartementCode: '41',
    factsCommuneCodesPostaux: ['41000'],
    factsAddress: '12 rue Denis Papin, Blois',
    factsKnowledge: 'Constaté lors d’un contrôle sur place',
    natinf: '7745',
    decision: null,
    decisionDetail: '',
    classementReason: null,
    ackDeliveredAt: '2026-09-14T14:05:01.000Z',
    firstAckAt: null,
    firstAckByName: null,
    communicatedAt: null,
    trackingViews: 0,
    version: 2,
    createdAt: '2026-09-14T14:05:00.000Z',
    updatedAt: '2026-09-14T15:30:00.000Z',
    urgenceDelaiMinutes: 120,
    urgenceEscalatedAt: null,
    urgenceEscalations: 0,
    persons: [
      { id: 'p1', role: 'mis_en_cause', type: 'morale', name: 'SARL Exemple', siret: '73282932000074', lastName: '', firstName: '', birthDate: null, address: '' },
      { id: 'p2', role: 'victime', type: 'physique', lastName: 'Durand', firstName: 'Alex', birthDate: '1980-02-03', address: '', name: '', siret: '' },
    ],
    attachments: [],
    events: [
      { id: 'e1', seq: 1, at: '2026-09-14T14:05:00.000Z', type: 'creation', actorType: 'sender', actorLabel: 'Camille Bernard (DDFiP de Loir-et-Cher)', fromStatus: null, toStatus: 'recue', reason: '', payload: {}, hash: 'a'.repeat(64) },
      { id: 'e2', seq: 2, at: '2026-09-14T15:30:00.000Z', type: 'transition', actorType: 'user', actorLabel: 'Camille Martin', fromStatus: 'recue', toStatus: 'enregistree', reason: '', payload: { numeroParquet: '26123000045' }, hash: 'b'.repeat(64) },
    ],
    availableTransitions: [],
    chain: { ok: true, checked: 2, brokenSeq: null },
    ...overrides,
  };
}
