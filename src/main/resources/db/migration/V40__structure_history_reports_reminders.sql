-- Who changed a structure, when, and which fields (old → new): operators' edits and managers'
-- moderation decisions (with their reason). Twin of offer_change.
create table structure_change (
    id           bigserial primary key,
    structure_id text        not null references structure (id) on delete cascade,
    changed_at   timestamptz not null default now(),
    changed_by   text        not null,  -- username of a professional account
    action       text        not null,
    changes      jsonb       not null default '[]'
);
create index structure_change_structure_idx on structure_change (structure_id, changed_at desc, id desc);

-- "Signaler une erreur": anyone may report a mistake in a public offer. It reaches the offer's
-- structure and the manager of its territory. reporter_email is personal data: shown only to
-- them (to answer), never in public answers nor logs.
create table offer_report (
    id             bigserial primary key,
    offer_id       text        not null references offer (id) on delete cascade,
    message        text        not null,
    reporter_email text,
    created_at     timestamptz not null default now(),
    status         text        not null default 'ouvert',
    closed_at      timestamptz,
    closed_by      text,
    closing_note   text,
    constraint offer_report_status check (status in ('ouvert', 'traite', 'sans_suite')),
    constraint offer_report_message_length check (char_length(message) between 10 and 2000)
);
create index offer_report_offer_idx on offer_report (offer_id, created_at desc);
create index offer_report_open_idx on offer_report (status) where status = 'ouvert';

-- Reminder e-mails about stale offers, one row per offer and recipient: an offer is not
-- reminded again within 14 days.
create table offer_reminder (
    id         bigserial primary key,
    offer_id   text        not null references offer (id) on delete cascade,
    account_id bigint      not null references account (id) on delete cascade,
    sent_at    timestamptz not null default now()
);
create index offer_reminder_offer_idx on offer_reminder (offer_id, sent_at desc);
