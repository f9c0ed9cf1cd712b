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
    // ra-language-french's wording that reads wrong: anglicisms, « sûr(e) », three dots.
    input: {
      file: {
        upload_several: 'Déposez les fichiers à envoyer, ou cliquez pour en sélectionner.',
        upload_single: 'Déposez le fichier à envoyer, ou cliquez pour le sélectionner.',
      },
      image: {
        upload_several: 'Déposez les images à envoyer, ou cliquez pour en sélectionner.',
        upload_single: 'Déposez l’image à envoyer, ou cliquez pour la sélectionner.',
      },
    },
    message: {
      are_you_sure: 'Voulez-vous vraiment continuer ?',
      bulk_delete_content:
        'Voulez-vous vraiment supprimer cet élément ? |||| Voulez-vous vraiment supprimer ces %{smart_count} éléments ?',
      bulk_update_content:
        'Voulez-vous vraiment modifier cet élément ? |||| Voulez-vous vraiment modifier ces %{smart_count} éléments ?',
      clear_array_input: 'Voulez-vous vraiment supprimer tous les éléments de la liste ?',
      delete_content: 'Voulez-vous vraiment supprimer cet élément ?',
      unsaved_changes: 'Certains changements n’ont pas été enregistrés. Voulez-vous vraiment quitter cette page ?',
    },
    notification: {
      not_authorized: 'Vous n’avez pas l’autorisation d’accéder à cette ressource.',
    },
    saved_queries: {
      new_label: 'Ajouter à mes requêtes…',
      remove_message: 'Voulez-vous vraiment supprimer cette requête de votre liste de requêtes ?',
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
    // The names react-admin's generic texts use (titles, confirmations, « Aucun … »).
    users: { name: 'Utilisateur |||| Utilisateurs' },
    juridictions: { name: 'Juridiction |||| Juridictions' },
    administrations: { name: 'Administration |||| Administrations' },
    outbox: { name: 'Courriel envoyé |||| Courriels envoyés' },
    'security-events': { name: 'Évènement de sécurité |||| Journal de sécurité' },
    'reference-changes': { name: 'Modification |||| Modifications' },
  },
};
