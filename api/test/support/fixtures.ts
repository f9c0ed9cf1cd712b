import { todayInParis } from '@info-parquet/common';

/** A valid submission to Blois (41018 decides TJ Blois alone), as an administration would send it. */
export function validSubmission(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'signalement_article_40',
    urgent: false,
    urgencyReason: '',
    sender: {
      administration: 'Direction départementale des finances publiques de Loir-et-Cher',
      administrationKind: 'dgfip',
      service: 'Pôle de contrôle fiscal',
      agentName: 'Camille Martin',
      agentFunction: 'Inspectrice des finances publiques',
      email: 'camille.martin@dgfip.finances.gouv.fr',
      phone: '02 54 00 00 00',
    },
    facts: {
      narrative: 'Lors d’un contrôle sur place, des factures fictives ont été découvertes pour un montant élevé.',
      startDate: '2026-09-14',
      endDate: null,
      communeInsee: '41018',
      address: '12 rue Denis Papin, Blois',
      knowledge: 'Constaté lors d’un contrôle sur place',
    },
    qualification: 'Fraude fiscale',
    persons: [
      { role: 'mis_en_cause', type: 'morale', name: 'SARL Exemple', siret: '73282932000074' },
      { role: 'victime', type: 'physique', lastName: 'Durand', firstName: 'Alexandrine', birthDate: '1980-02-03' },
    ],
    attachmentIds: [],
    ...overrides,
  };
}

export const TODAY = todayInParis();
