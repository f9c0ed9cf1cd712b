import { json } from '../openapi/building-blocks';

const text = { type: 'string', minLength: 1 };

export const legalPaths = {
  '/public/informations-legales': {
    get: {
      summary: 'Informations des pages légales (mentions légales, données personnelles), fixées par l’exploitant',
      responses: {
        200: json({
          type: 'object',
          additionalProperties: false,
          required: ['editeur', 'adresse', 'directeurPublication', 'hebergeur', 'contact', 'responsableTraitement', 'delegueProtectionDonnees', 'conservationSaisinesAnnees', 'conservationPiecesNonRattacheesHeures'],
          properties: {
            editeur: text,
            adresse: text,
            directeurPublication: text,
            hebergeur: text,
            contact: text,
            responsableTraitement: text,
            delegueProtectionDonnees: text,
            conservationSaisinesAnnees: { type: 'integer', minimum: 1, description: 'Années de conservation d’une saisine après sa clôture' },
            conservationPiecesNonRattacheesHeures: { type: 'integer', minimum: 1, description: 'Heures de conservation d’une pièce déposée mais jamais envoyée avec une saisine' },
          },
        }),
      },
    },
  },
};
