-- Accounts, roles and memberships (room `account`). Codes stay French, as in the API.

-- Referent organisations: France Travail agencies, the Département's social services,
-- missions locales, PLIE, CCAS… A referent belongs to one of them.
create table referent_organisation (
    id               bigserial primary key,
    nom              text        not null,
    departement_code text references departement (code),
    created_at       timestamptz not null default now()
);

create table account (
    id                       bigserial primary key,
    username                 text        not null,
    email                    text        not null,
    display_name             text        not null,
    -- Argon2id (or bcrypt) in the encoder's own format; never leaves the account room.
    password_hash            text        not null,
    role                     text        not null,
    referent_organisation_id bigint references referent_organisation (id),
    created_at               timestamptz not null default now(),
    disabled                 boolean     not null default false,
    constraint account_role check (role in ('BENEFICIAIRE', 'REFERENT', 'OPERATEUR', 'GESTIONNAIRE', 'ADMINISTRATEUR')),
    constraint account_username_format check (username ~ '^[a-z0-9][a-z0-9._-]{1,39}$')
);
-- Usernames are stored lower-cased; one login per name.
create unique index account_username_idx on account (username);
-- Not unique: a person may hold a professional and a personal account with one address.
create index account_email_idx on account (lower(email));

-- Operators belong to structures; a structure's admins accept members and invite colleagues.
create table structure_membership (
    account_id   bigint      not null references account (id) on delete cascade,
    structure_id text        not null references structure (id) on delete cascade,
    role         text        not null default 'membre',
    status       text        not null,
    created_at   timestamptz not null default now(),
    decided_at   timestamptz,
    decided_by   bigint references account (id) on delete set null,
    primary key (account_id, structure_id),
    constraint structure_membership_role check (role in ('admin', 'membre')),
    -- requested: the operator asked to join, the structure's admins decide;
    -- invited: reserved for invitations addressed to an existing account.
    constraint structure_membership_status check (status in ('active', 'requested', 'invited'))
);
create index structure_membership_structure_idx on structure_membership (structure_id, status);

-- One-time links sent by a structure's admins; only a hash of the token is kept,
-- so a leaked database does not leak usable links.
create table invitation (
    id           bigserial primary key,
    token_hash   text        not null unique,
    email        text        not null,
    structure_id text        not null references structure (id) on delete cascade,
    role         text        not null default 'membre',
    invited_by   bigint references account (id) on delete set null,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    accepted_at  timestamptz,
    accepted_by  bigint references account (id) on delete set null,
    constraint invitation_role check (role in ('admin', 'membre'))
);
create index invitation_structure_idx on invitation (structure_id);

-- A territory manager moderates the structures and offers of these départements.
create table manager_territory (
    account_id       bigint not null references account (id) on delete cascade,
    departement_code text   not null references departement (code),
    primary key (account_id, departement_code)
);

-- A referent's caseload: the beneficiaries he follows (and only those he may see).
create table referent_follow_up (
    referent_id    bigint      not null references account (id) on delete cascade,
    beneficiary_id bigint      not null references account (id) on delete cascade,
    since          timestamptz not null default now(),
    primary key (referent_id, beneficiary_id)
);
create index referent_follow_up_beneficiary_idx on referent_follow_up (beneficiary_id);

-- Login throttling survives restarts and is shared by every instance. Rows are personal
-- data (name typed, address): they are purged after a day.
create table login_attempt (
    id           bigserial primary key,
    username     text        not null,
    client_ip    text        not null,
    outcome      text        not null,
    attempted_at timestamptz not null default now(),
    -- pending rows count as failures, so parallel guesses cannot all pass the check.
    constraint login_attempt_outcome check (outcome in ('pending', 'failure', 'success', 'throttled'))
);
create index login_attempt_username_idx on login_attempt (username, attempted_at);
create index login_attempt_ip_idx on login_attempt (client_ip, attempted_at);
create index login_attempt_time_idx on login_attempt (attempted_at);
