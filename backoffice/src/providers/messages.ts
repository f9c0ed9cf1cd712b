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
        senderAdministration: 'Administration',
        factsCommuneNom: 'Commune des faits',
        juridictionNom: 'Juridiction',
      },
      empty: 'Aucune saisine',
    },
  },
};
