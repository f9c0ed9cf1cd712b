/** Our French messages, on top of ra-language-french: resource names, field labels, wording. */
export const appMessages = {
  ra: {
    auth: {
      username: 'Adresse électronique',
      sign_in: 'Se connecter',
    },
    page: {
      dashboard: 'Accueil',
    },
  },
  resources: {
    saisines: {
      name: 'Saisine |||| Saisines',
      fields: {
        q: 'Rechercher',
        reference: 'Référence',
        receivedAt: 'Reçue le',
        urgent: 'Urgence',
        status: 'Statut',
        kind: 'Type',
        channel: 'Canal',
        senderAdministration: 'Administration',
        factsCommuneNom: 'Commune des faits',
        juridictionNom: 'Juridiction',
        juridictionId: 'Juridiction',
        numeroParquet: 'N° parquet',
        assigneeName: 'Attribuée à',
        assigneeId: 'Attribuée à',
        administrationKind: 'Type d’administration',
        administrationId: 'Administration',
        receivedAt_gte: 'Reçue à partir du',
        receivedAt_lte: 'Reçue jusqu’au',
        decidedAt_gte: 'Décidée à partir du',
        decidedAt_lte: 'Décidée jusqu’au',
      },
      empty: 'Aucune saisine',
    },
  },
};
