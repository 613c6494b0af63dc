-- Imports started from the administrators' page (/admin/imports), newest first. A run still
-- EN_COURS when the application starts was cut by a restart: it becomes INTERROMPU then.
-- report holds the whole ImportReport (rejected rows included) as the API returns it.
create table import_run (
    id           bigserial primary key,
    started_by   text        not null,
    started_at   timestamptz not null,
    finished_at  timestamptz,
    file_name    text        not null,
    source       text,
    full_import  boolean     not null default false,
    status       text        not null,
    rows_read    bigint      not null default 0,
    imported     int,
    updated      int,
    unchanged    int,
    rejected     int,
    archived     int,
    report       jsonb,
    error        text
);
create index import_run_started_idx on import_run (started_at desc, id desc);
create index import_run_running_idx on import_run (status) where status = 'EN_COURS';
