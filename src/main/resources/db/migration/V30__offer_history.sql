-- Who changed an offer, when, and which fields (old → new), shown to its operators and managers.
create table offer_change (
    id         bigserial primary key,
    offer_id   text        not null references offer (id) on delete cascade,
    changed_at timestamptz not null default now(),
    changed_by text        not null,  -- username of a professional account
    action     text        not null,
    changes    jsonb       not null default '[]'
);
create index offer_change_offer_idx on offer_change (offer_id, changed_at desc, id desc);
