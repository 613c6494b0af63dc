package fr.passerelle.catalogue.ui.workspace;

import ch.poole.openinghoursparser.OpeningHoursParseException;
import ch.poole.openinghoursparser.OpeningHoursParser;
import ch.poole.openinghoursparser.Rule;
import ch.poole.openinghoursparser.TimeSpan;
import ch.poole.openinghoursparser.WeekDayRange;
import io.micronaut.core.annotation.Nullable;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The opening-hours editor's model: rows of "these days, these time ranges", written as OSM
 * {@code opening_hours} ("Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00") and read back from it
 * when the text uses nothing else (no holidays, months, comments…). Checked with
 * OpeningHoursParser, the parser the demo data and the search room use.
 */
public final class OpeningHoursRows {

    /** One opening period of a day, start before end. */
    public record Range(LocalTime start, LocalTime end) {
    }

    /** Days sharing the same time ranges. */
    public record Row(Set<DayOfWeek> days, List<Range> ranges) {
        public Row {
            days = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
            ranges = List.copyOf(ranges);
        }
    }

    private static final String[] OSM_DAYS = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};

    private OpeningHoursRows() {
    }

    /**
     * The OSM text of the rows; rows without a day or without a time range say nothing and are
     * left out. Empty when no row says anything.
     */
    public static String toOsm(List<Row> rows) {
        StringJoiner rules = new StringJoiner("; ");
        for (Row row : rows) {
            if (row.days().isEmpty() || row.ranges().isEmpty()) {
                continue;
            }
            StringJoiner times = new StringJoiner(",");
            row.ranges().stream().sorted(Comparator.comparing(Range::start))
                    .forEach(range -> times.add(time(range.start()) + "-" + time(range.end())));
            rules.add(days(row.days()) + " " + times);
        }
        return rules.toString();
    }

    /** Why the rows cannot be written (a range ending before it starts), or empty. */
    public static Optional<Range> invalidRange(List<Row> rows) {
        return rows.stream().flatMap(row -> row.ranges().stream())
                .filter(range -> !range.end().isAfter(range.start())).findFirst();
    }

    /** The parser's complaint about an OSM text, or empty when it parses (strictly). */
    public static Optional<String> problemWith(@Nullable String osm) {
        if (osm == null || osm.isBlank()) {
            return Optional.empty();
        }
        try {
            new OpeningHoursParser(new StringReader(osm)).rules(true);
            return Optional.empty();
        } catch (OpeningHoursParseException | RuntimeException e) {
            return Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /**
     * The rows an OSM text describes, when it only uses week days and time ranges; empty when
     * it uses more (the editor then keeps the text as it is).
     */
    public static Optional<List<Row>> fromOsm(@Nullable String osm) {
        if (osm == null || osm.isBlank()) {
            return Optional.of(List.of());
        }
        List<Rule> rules;
        try {
            rules = new OpeningHoursParser(new StringReader(osm)).rules(false);
        } catch (OpeningHoursParseException | RuntimeException e) {
            return Optional.empty();
        }
        List<Row> rows = new ArrayList<>();
        for (Rule rule : rules) {
            if (!onlyDaysAndTimes(rule)) {
                return Optional.empty();
            }
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (WeekDayRange range : rule.getDays()) {
                if (range.getNths() != null && !range.getNths().isEmpty() || range.getOffset() != 0) {
                    return Optional.empty();
                }
                int start = range.getStartDay().ordinal();
                int end = range.getEndDay() == null ? start : range.getEndDay().ordinal();
                for (int day = start; ; day = (day + 1) % 7) {
                    days.add(DayOfWeek.of(day + 1));
                    if (day == end) {
                        break;
                    }
                }
            }
            List<Range> ranges = new ArrayList<>();
            for (TimeSpan span : rule.getTimes()) {
                if (span.getStartEvent() != null || span.getEndEvent() != null || span.isOpenEnded()
                        || span.getInterval() != 0 || span.getEnd() <= span.getStart() || span.getEnd() >= 24 * 60) {
                    return Optional.empty();
                }
                ranges.add(new Range(LocalTime.ofSecondOfDay(span.getStart() * 60L),
                        LocalTime.ofSecondOfDay(span.getEnd() * 60L)));
            }
            rows.add(new Row(days, ranges));
        }
        return Optional.of(rows);
    }

    private static boolean onlyDaysAndTimes(Rule rule) {
        return isEmpty(rule.getYears()) && isEmpty(rule.getWeeks()) && isEmpty(rule.getDates())
                && isEmpty(rule.getHolidays()) && rule.getModifier() == null && rule.getComment() == null
                && !rule.isTwentyfourseven() && !rule.isFallBack() && !rule.isAdditive()
                && !isEmpty(rule.getDays()) && !isEmpty(rule.getTimes());
    }

    private static boolean isEmpty(@Nullable List<?> list) {
        return list == null || list.isEmpty();
    }

    /** "Mo-Fr", "Mo,We,Fr", "Mo,Tu", "Mo-We,Sa": runs of three days or more become ranges. */
    static String days(Set<DayOfWeek> days) {
        StringJoiner parts = new StringJoiner(",");
        int day = 1;
        while (day <= 7) {
            if (!days.contains(DayOfWeek.of(day))) {
                day++;
                continue;
            }
            int end = day;
            while (end < 7 && days.contains(DayOfWeek.of(end + 1))) {
                end++;
            }
            if (end - day >= 2) {
                parts.add(OSM_DAYS[day - 1] + "-" + OSM_DAYS[end - 1]);
            } else {
                for (int d = day; d <= end; d++) {
                    parts.add(OSM_DAYS[d - 1]);
                }
            }
            day = end + 1;
        }
        return parts.toString();
    }

    private static String time(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }
}
