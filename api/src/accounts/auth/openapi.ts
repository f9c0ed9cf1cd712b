import { closedObject, body, cookieAuth, errorResponse, json } from '../../openapi/building-blocks';

/** OpenAPI description of the password links and the second factor (spread into openapi/document.ts). */
const recoveryCodes = { type: 'object', properties: { recoveryCodes: { type: 'array', items: { type: 'string' }, minItems: 10, maxItems: 10 } } };
const halfSigned =
  'Après un mot de passe correct, un compte à double authentification (obligatoire pour les administrateurs nationaux) ' +
  'n’est qu’à moitié connecté : `POST /auth/login` répond `{"mfa": "required" | "enrolment_required", "csrfToken"}`, ' +
  'et toute autre route répond 401 « Connexion inachevée ».';

export const accountSecurityPaths = {
  '/auth/password-reset': {
    post: {
      summary: 'Mot de passe oublié : envoie un lien de réinitialisation à usage unique (valable 1 heure)',
      description:
        'Même réponse, en un temps semblable, que l’adresse corresponde à un compte actif ou non. 3 demandes par heure et par adresse, 30 par adresse IP.',
      requestBody: body({ email: { type: 'string', format: 'email' } }),
      responses: {
        202: json(closedObject({ message: { type: 'string' } })),
        400: errorResponse('Adresse invalide'),
        429: errorResponse('Trop de demandes'),
      },
    },
  },
  '/auth/password-reset/confirm': {
    post: {
      summary: 'Choisir un mot de passe avec le jeton d’un lien reçu par courriel (réinitialisation ou activation d’un compte)',
      description:
        'Politique commune des mots de passe ; le lien ne sert qu’une fois ; toutes les sessions de l’utilisateur sont fermées et le verrouillage levé.',
      requestBody: body({ token: { type: 'string' }, password: { type: 'string', minLength: 12, maxLength: 128 } }),
      responses: {
        200: json(closedObject({ message: { type: 'string' } })),
        400: errorResponse('Lien invalide, expiré ou déjà utilisé (`errors.token`), ou mot de passe refusé (`errors.password`)'),
      },
    },
  },
  '/auth/totp': {
    get: {
      summary: 'État de la double authentification (TOTP) de l’utilisateur connecté',
      security: cookieAuth,
      responses: {
        200: json({
          type: 'object',
          additionalProperties: false,
          required: ['enabled', 'enabledAt', 'required', 'unreadable', 'recoveryCodesLeft'],
          properties: {
            enabled: { type: 'boolean' },
            enabledAt: { type: ['string', 'null'], format: 'date-time' },
            required: { type: 'boolean', description: 'Obligatoire pour le rôle (ne peut pas être désactivée)' },
            unreadable: {
              type: 'boolean',
              description: 'Activée, mais le secret ne peut plus être lu (SESSION_SECRET modifié) : aucun code ne peut être vérifié, il faut l’activer à nouveau',
            },
            recoveryCodesLeft: { type: 'integer' },
          },
        }),
        401: errorResponse('Non connecté (ou connexion inachevée)'),
      },
    },
  },
  '/auth/totp/setup': {
    post: {
      summary: 'Commencer l’activation du TOTP : nouveau secret (URI otpauth, QR code SVG, clé Base32 à saisir à la main)',
      description: `Utilisateur connecté, ou session à moitié connectée à l’étape « enrolment_required ». ${halfSigned}`,
      security: cookieAuth,
      responses: {
        200: json(closedObject({ otpauthUri: { type: 'string' }, qrSvg: { type: 'string' }, secret: { type: 'string' } })),
        401: errorResponse('Non connecté'),
        403: errorResponse('Session à moitié connectée qui doit donner son code, ou jeton CSRF absent'),
        409: errorResponse('TOTP déjà activé'),
      },
    },
  },
  '/auth/totp/enable': {
    post: {
      summary: 'Activer le TOTP avec un premier code ; répond les 10 codes de secours, une seule fois',
      description: 'Pendant une connexion (« enrolment_required »), termine aussi la connexion : la réponse porte en plus `user`, `rules`, `csrfToken`.',
      security: cookieAuth,
      requestBody: body({ code: { type: 'string', pattern: '^\\d{6}$' } }),
      responses: {
        200: json(recoveryCodes),
        400: errorResponse('Code incorrect (`errors.code`)'),
        401: errorResponse('Non connecté'),
        409: errorResponse('Activation non commencée, ou déjà faite'),
      },
    },
  },
  '/auth/totp/verify': {
    post: {
      summary: 'Second facteur de la connexion : code TOTP ou code de secours ; termine la connexion',
      description: `${halfSigned} Un code ne sert qu’une fois ; chaque échec compte pour le verrouillage du compte et les limites de tentatives.`,
      security: cookieAuth,
      requestBody: body({ code: { type: 'string' }, recoveryCode: { type: 'string' } }, []),
      responses: {
        200: json({ $ref: '#/components/schemas/SessionInfo' }),
        401: errorResponse('Code incorrect ou déjà utilisé, ou connexion expirée'),
        403: errorResponse('Session qui doit d’abord activer le TOTP, ou jeton CSRF absent'),
        409: errorResponse('Connexion déjà complète'),
        423: errorResponse('Compte verrouillé après trop d’échecs'),
        429: errorResponse('Trop de tentatives'),
      },
    },
  },
  '/auth/totp/disable': {
    post: {
      summary: 'Désactiver le TOTP (mot de passe et code actuel) ; impossible pour un administrateur national',
      security: cookieAuth,
      requestBody: body({ password: { type: 'string' }, code: { type: 'string' } }),
      responses: {
        200: json(closedObject({ message: { type: 'string' } })),
        400: errorResponse('Mot de passe ou code incorrect'),
        401: errorResponse('Non connecté'),
        403: errorResponse('Obligatoire pour le rôle, ou jeton CSRF absent'),
        409: errorResponse('TOTP non activé'),
      },
    },
  },
  '/auth/totp/recovery-codes': {
    post: {
      summary: 'Renouveler les 10 codes de secours (les anciens ne servent plus), avec un code actuel',
      security: cookieAuth,
      requestBody: body({ code: { type: 'string' } }),
      responses: {
        200: json(recoveryCodes),
        400: errorResponse('Code incorrect'),
        401: errorResponse('Non connecté'),
        409: errorResponse('TOTP non activé'),
      },
    },
  },
};
