create table structure (
    id                 text primary key,           -- "source--source_id", as data·inclusion
    source             text        not null,
    siret              text,
    nom                text        not null,
    description        text,
    adresse            text,
    complement_adresse text,
    code_postal        text,
    code_insee         text references commune (code),
    commune            text,
    latitude           double precision,
    longitude          double precision,
    telephone          text,
    courriel           text,
    site_web           text,
    lien_source        text,
    horaires_accueil   text,
    accessibilite_lieu text,
    reseaux_porteurs   text[]      not null default '{}',
    typologie          text,                       -- e.g. ACI, EI, CCAS, mission locale
    parent_id          text references structure (id),
    moderation_status  text        not null default 'validee',
    date_maj           date        not null,
    version            integer     not null default 1,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    constraint structure_siret_format check (siret is null or siret ~ '^\d{14}$'),
    constraint structure_moderation_status check (moderation_status in ('en_attente', 'validee', 'refusee'))
);
create index structure_code_insee_idx on structure (code_insee);
create index structure_parent_idx on structure (parent_id);
create index structure_source_idx on structure (source);

create table offer (
    id                          text primary key,  -- "source--source_id", as data·inclusion
    source                      text        not null,
    structure_id                text        not null references structure (id),
    nom                         text        not null,
    description                 text        not null,
    type                        text,
    thematiques                 text[]      not null default '{}',
    frais                       text,
    frais_precisions            text,
    publics                     text[]      not null default '{}',
    publics_precisions          text,
    conditions_acces            text,
    adresse                     text,
    complement_adresse          text,
    code_postal                 text,
    code_insee                  text references commune (code),
    commune                     text,
    latitude                    double precision,
    longitude                   double precision,
    telephone                   text,
    courriel                    text,
    contact_nom_prenom          text,
    modes_accueil               text[]      not null default '{}',
    zone_eligibilite            text[]      not null default '{}',
    modes_mobilisation          text[]      not null default '{}',
    mobilisable_par             text[]      not null default '{}',
    mobilisation_precisions     text,
    lien_mobilisation           text,
    lien_source                 text,
    horaires_accueil            text,
    volume_horaire_hebdomadaire numeric(6, 2),
    nombre_semaines             integer,
    date_maj                    date        not null,
    -- Passerelle's own fields
    status                      text        not null default 'brouillon',
    suspended_until             date,
    update_frequency_months     integer     not null default 6,
    verified_on                 date,
    verified_by                 text,
    access_rule                 text        not null default 'prescription',
    access_publics              text[]      not null default '{}',
    langues                     text[]      not null default '{}',
    siae                        jsonb,
    clause_sociale              jsonb,
    version                     integer     not null default 1,
    created_at                  timestamptz not null default now(),
    updated_at                  timestamptz not null default now(),
    constraint offer_status check (status in ('brouillon', 'publiee', 'suspendue', 'archivee')),
    constraint offer_access_rule check (access_rule in ('prescription', 'validation', 'auto')),
    constraint offer_update_frequency check (update_frequency_months between 1 and 24),
    constraint offer_nombre_semaines check (nombre_semaines is null or nombre_semaines >= 1),
    constraint offer_volume_horaire check (volume_horaire_hebdomadaire is null or volume_horaire_hebdomadaire >= 0)
);
create index offer_structure_idx on offer (structure_id);
create index offer_status_idx on offer (status);
create index offer_code_insee_idx on offer (code_insee);
create index offer_thematiques_idx on offer using gin (thematiques);
create index offer_publics_idx on offer using gin (publics);
create index offer_source_idx on offer (source);

create table offer_session (
    id           bigserial primary key,
    offer_id     text    not null references offer (id) on delete cascade,
    label        text,
    starts_on    date    not null,
    ends_on      date,
    capacity     integer,
    places_left  integer,
    waiting_list boolean not null default false,
    constraint offer_session_dates check (ends_on is null or ends_on >= starts_on),
    constraint offer_session_places check (places_left is null or (places_left >= 0 and (capacity is null or places_left <= capacity)))
);
create index offer_session_offer_idx on offer_session (offer_id, starts_on);

-- Written in the same transaction as every catalogue change; the search indexer consumes it.
create table outbox (
    id             bigserial primary key,
    aggregate_type text        not null,
    aggregate_id   text        not null,
    created_at     timestamptz not null default now()
);
create index outbox_aggregate_idx on outbox (aggregate_type, aggregate_id);
