-- Rate limits of anonymous writes (shared/RateLimiter), kept in PostgreSQL so they hold across
-- restarts and instances. client_key is a hash of the client address, never the address itself;
-- rows older than a day are purged.
create table rate_limit_hit (
    id         bigserial primary key,
    bucket     text        not null,
    client_key text        not null,
    hit_at     timestamptz not null default now()
);
create index rate_limit_hit_key_idx on rate_limit_hit (bucket, client_key, hit_at);
create index rate_limit_hit_time_idx on rate_limit_hit (hit_at);
