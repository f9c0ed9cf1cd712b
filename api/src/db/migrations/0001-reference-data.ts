import type { Migration } from '../migrator';

/** Courts, departments, communes, commune -> court routing, administrations. */
export const up: Migration = async ({ context: sql }) => {
  await sql.query(`
    CREATE TABLE juridictions (
      id text PRIMARY KEY,
      type text NOT NULL CHECK (type IN ('TJ', 'TPI', 'SPECIALISE')),
      nom text NOT NULL,
      siege text NOT NULL,
      siege_code_insee text,
      departement_code text,
      cour_appel text,
      chambres_proximite text[] NOT NULL DEFAULT '{}',
      departements_ressort text[] NOT NULL DEFAULT '{}',
      adresse text NOT NULL DEFAULT '',
      email_bureau_ordre text NOT NULL,
      email_permanence text NOT NULL,
      telephone_permanence text NOT NULL DEFAULT '',
      urgence_delai_minutes integer NOT NULL DEFAULT 120 CHECK (urgence_delai_minutes > 0),
      competence text NOT NULL DEFAULT '',
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX juridictions_nom_idx ON juridictions (nom);

    CREATE TABLE departements (
      code text PRIMARY KEY,
      nom text NOT NULL,
      cour_appel text NOT NULL DEFAULT '',
      juridiction_ids text[] NOT NULL,
      notes text NOT NULL DEFAULT ''
    );

    CREATE TABLE communes (
      code_insee text PRIMARY KEY,
      nom text NOT NULL,
      departement_code text NOT NULL REFERENCES departements(code),
      codes_postaux text[] NOT NULL DEFAULT '{}',
      population integer,
      nom_recherche text NOT NULL
    );
    CREATE INDEX communes_departement_idx ON communes (departement_code);
    CREATE INDEX communes_nom_recherche_idx ON communes (nom_recherche text_pattern_ops);
    CREATE INDEX communes_codes_postaux_idx ON communes USING gin (codes_postaux);

    -- Communes whose court is decided by a source (a court seat, the Ministry's official table...).
    -- Any other commune is routed through its department: certain when the department has one court.
    CREATE TABLE routage_communes (
      commune_insee text PRIMARY KEY,
      juridiction_id text NOT NULL REFERENCES juridictions(id),
      source text NOT NULL,
      fondement text NOT NULL DEFAULT '',
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX routage_communes_juridiction_idx ON routage_communes (juridiction_id);

    CREATE TABLE administrations (
      id serial PRIMARY KEY,
      nom text NOT NULL,
      kind text NOT NULL,
      departement_code text,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (kind, nom)
    );
    CREATE INDEX administrations_nom_idx ON administrations (lower(nom));
  `);
};

export const down: Migration = async ({ context: sql }) => {
  await sql.query(`DROP TABLE administrations, routage_communes, communes, departements, juridictions`);
};
