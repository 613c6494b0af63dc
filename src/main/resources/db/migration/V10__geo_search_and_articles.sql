-- Gazetteer additions (room geo).

-- INSEE's TNCC ("type de nom en clair"): which article/preposition a name takes, so that
-- zones read as correct French ("de l'Essonne", "du Val-de-Marne", "du Mée-sur-Seine").
alter table region add column type_liaison smallint not null default 0;
alter table departement add column type_liaison smallint not null default 0;
alter table commune add column type_liaison smallint not null default 0;

-- Search key of a place name: folded (lower case, no accents) with every run of hyphens,
-- apostrophes and spaces made one space, so "Évry-Courcouronnes", "evry courcouronnes" and
-- "EVRY  COURCOURONNES" meet. Gazetteer.search relies on it (prefix and trigram indexes).
create or replace function passerelle_search_key(value text) returns text
    language sql immutable parallel safe
    as $$ select btrim(regexp_replace(public.passerelle_fold(value), '[^a-z0-9]+', ' ', 'g')) $$;

alter table commune add column nom_key text generated always as (passerelle_search_key(nom)) stored;
create index commune_nom_key_prefix_idx on commune (nom_key text_pattern_ops);
create index commune_nom_key_trgm_idx on commune using gin (nom_key gin_trgm_ops);
