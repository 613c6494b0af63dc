-- Reference data: loaded at start-up from resources shipped with the application.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- Immutable wrapper so unaccent can be used in indexes.
create or replace function passerelle_fold(value text) returns text
    language sql immutable parallel safe
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

create table reference_load (
    name       text primary key,
    checksum   text        not null,
    loaded_at  timestamptz not null default now()
);

create table region (
    code text primary key,
    nom  text not null
);

create table departement (
    code        text primary key,
    nom         text not null,
    region_code text not null references region (code)
);

create table epci (
    code text primary key,  -- SIREN, 9 digits
    nom  text not null,
    type text
);

create table commune (
    code             text primary key,  -- INSEE code
    nom              text not null,
    nom_folded       text not null,
    codes_postaux    text[] not null default '{}',
    departement_code text not null references departement (code),
    region_code      text not null references region (code),
    epci_code        text references epci (code),
    population       integer,
    latitude         double precision not null,
    longitude        double precision not null
);
create index commune_departement_idx on commune (departement_code);
create index commune_epci_idx on commune (epci_code);
create index commune_nom_trgm_idx on commune using gin (nom_folded gin_trgm_ops);
create index commune_codes_postaux_idx on commune using gin (codes_postaux);

-- Arrondissements of Paris, Lyon and Marseille: their own INSEE and postcodes, served by the commune.
create table commune_arrondissement (
    code          text primary key,
    nom           text not null,
    commune_code  text not null references commune (code),
    codes_postaux text[] not null default '{}',
    latitude      double precision not null,
    longitude     double precision not null
);

-- data·inclusion v1 vocabularies (categorie, thematique, type, frais, public, mode_accueil,
-- mode_mobilisation, personne_mobilisatrice, reseau_porteur, typologie).
create table vocabulary (
    kind        text not null,
    value       text not null,
    label       text not null,
    description text,
    position    integer not null,
    primary key (kind, value)
);

-- The beneficiaries' reading of the taxonomy (DOMAIN.md): groups of families over thématiques.
create table family (
    code              text primary key,
    group_code        text    not null,
    group_label       text    not null,
    label             text    not null,
    beneficiary_label text    not null,
    position          integer not null
);

create table family_thematique (
    family_code text not null references family (code) on delete cascade,
    thematique  text not null,
    primary key (family_code, thematique)
);
