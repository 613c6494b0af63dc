-- Likely duplicates across sources (room interop.dedup). Clusters are derived data: the detector
-- rewrites duplicate_member on every run; admins' decisions are the truth it must respect.

-- One row per offer that belongs to a cluster of two or more; the cluster is named by its
-- representative (the one offer search shows). reasons: codes of DuplicateReason.
create table duplicate_member (
    offer_id          text   primary key references offer (id) on delete cascade,
    representative_id text   not null references offer (id) on delete cascade,
    reasons           text[] not null default '{}'
);
create index duplicate_member_representative_idx on duplicate_member (representative_id);

-- An admin's word on a pair: together (merge) or apart (split). One row per unordered pair,
-- the latest word wins.
create table duplicate_decision (
    offer_id   text        not null references offer (id) on delete cascade,
    other_id   text        not null references offer (id) on delete cascade,
    together   boolean     not null,
    decided_by text        not null,
    decided_at timestamptz not null default now(),
    primary key (offer_id, other_id),
    constraint duplicate_decision_ordered check (offer_id < other_id)
);
create index duplicate_decision_other_idx on duplicate_decision (other_id);

-- The offer an admin chose to show for its cluster.
create table duplicate_choice (
    offer_id  text        primary key references offer (id) on delete cascade,
    chosen_by text        not null,
    chosen_at timestamptz not null default now()
);
