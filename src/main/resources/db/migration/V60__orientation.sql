-- Orientations (room `orientation`): a beneficiary's request towards an offer, its history,
-- and the in-app notifications it causes. Status codes stay French, as in the API.

create table orientation (
    id                 uuid primary key,
    -- Null once anonymised (2 years after the end, or when the beneficiary erased her account).
    beneficiary_id     bigint references account (id) on delete set null,
    offer_id           text        not null references offer (id),
    -- The offer's name when asked: the request keeps it if the offer is renamed or archived.
    offer_name         text        not null,
    -- Copied from the offer at creation: the structure that receives the request.
    structure_id       text        not null references structure (id),
    requested_by       bigint references account (id) on delete set null,
    requester_role     text        not null,
    -- Sessions are rewritten when their offer is edited: a lost session only loses the link.
    session_id         bigint references offer_session (id) on delete set null,
    waiting_list       boolean     not null default false,
    message            text,
    availability       text,
    -- Explicit consent to share her data with her referent and the receiving structure.
    consent_at         timestamptz not null,
    status             text        not null,
    status_since       timestamptz not null,
    -- Set when the request first reaches the structure: from then on its operators see it.
    transmitted_at     timestamptz,
    refusal_reason     text,
    outcome            text,
    reminded_at        timestamptz,
    created_at         timestamptz not null,
    anonymised_at      timestamptz,
    constraint orientation_requester_role check (requester_role in ('BENEFICIAIRE', 'REFERENT')),
    constraint orientation_status check (status in ('DEMANDEE', 'A_VALIDER', 'TRANSMISE', 'EN_ETUDE', 'ACCEPTEE',
        'REFUSEE', 'ENTREE', 'TERMINEE', 'REFUSEE_REFERENT', 'ANNULEE', 'EXPIREE'))
);
create index orientation_beneficiary_idx on orientation (beneficiary_id);
create index orientation_structure_idx on orientation (structure_id, status);
create index orientation_status_idx on orientation (status, status_since);

-- Every status change: who (account and role, or the system), when, from, to, why.
create table orientation_event (
    id             bigserial primary key,
    orientation_id uuid        not null references orientation (id) on delete cascade,
    from_status    text,
    to_status      text        not null,
    actor_id       bigint references account (id) on delete set null,
    -- BENEFICIAIRE, REFERENT, OPERATEUR… or SYSTEME for the scheduled jobs.
    actor_role     text        not null,
    reason         text,
    at             timestamptz not null
);
create index orientation_event_orientation_idx on orientation_event (orientation_id, id);

-- In-app notifications; the text holds no sensitive detail (no name, no message).
create table notification (
    id             bigserial primary key,
    account_id     bigint      not null references account (id) on delete cascade,
    orientation_id uuid references orientation (id) on delete cascade,
    kind           text        not null,
    text           text        not null,
    created_at     timestamptz not null,
    read_at        timestamptz
);
create index notification_account_idx on notification (account_id, created_at desc);
