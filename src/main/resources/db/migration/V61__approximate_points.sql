-- Imports fill a missing point from the commune's representative point: such points are
-- approximate (the map shows the commune, not the door). Any later change of the point by
-- another writer makes it exact again, unless that writer sets the flag itself.
alter table offer add column point_approximate boolean not null default false;
alter table structure add column point_approximate boolean not null default false;

create function passerelle_point_exact_on_move() returns trigger language plpgsql as $$
begin
    if (new.latitude is distinct from old.latitude or new.longitude is distinct from old.longitude)
            and new.point_approximate is not distinct from old.point_approximate then
        new.point_approximate := false;
    end if;
    return new;
end $$;

create trigger offer_point_exact_on_move before update on offer
    for each row execute function passerelle_point_exact_on_move();
create trigger structure_point_exact_on_move before update on structure
    for each row execute function passerelle_point_exact_on_move();
