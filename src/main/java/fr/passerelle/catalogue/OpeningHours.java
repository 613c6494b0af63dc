package fr.passerelle.catalogue;

import ch.poole.openinghoursparser.Holiday;
import ch.poole.openinghoursparser.OpeningHoursParseException;
import ch.poole.openinghoursparser.OpeningHoursParser;
import ch.poole.openinghoursparser.Rule;
import ch.poole.openinghoursparser.RuleModifier;
import ch.poole.openinghoursparser.TimeSpan;
import ch.poole.openinghoursparser.WeekDayRange;
import io.micronaut.core.annotation.Nullable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Opening hours in OSM {@code opening_hours} syntax (data·inclusion's {@code horaires_accueil}),
 * evaluated. ch.poole's OpeningHoursParser gives the parse tree but does not evaluate it; this
 * class does, for the rule forms the catalogue uses: weekday ranges and lists ({@code Mo-Fr},
 * {@code Mo,We,Fr}, {@code Fr-Mo}), time spans and lists ({@code 09:00-12:00,14:00-17:30}), spans
 * past midnight ({@code 22:00-02:00}), rules without days (every day), days without times (all
 * day), {@code 24/7}, {@code off}/{@code closed}, {@code PH} (French public holidays), later
 * {@code ;} rules replacing earlier ones for the days they name and {@code ,} rules adding to them.
 *
 * <p>Anything else (months, dates, weeks, years, "the 2nd Monday", sunrise, open ends, fallback
 * rules, comments) is not guessed: such hours are {@linkplain #isUnderstood() not understood},
 * {@link #isOpenAt} answers empty and pages show the text as written.
 */
public final class OpeningHours {

    private static final int DAY = 24 * 60;

    /** A time span of one day, in minutes from midnight; {@code end} may pass 24:00 (spills over). */
    public record Span(int start, int end) {

        public LocalTime startTime() {
            return LocalTime.of(start / 60 % 24, start % 60);
        }

        public LocalTime endTime() {
            return end >= DAY && end % DAY == 0 ? LocalTime.MAX : LocalTime.of(end / 60 % 24, end % 60);
        }

        public boolean isAllDay() {
            return start == 0 && end >= DAY;
        }

        public boolean endsNextDay() {
            return end > DAY;
        }
    }

    /** One line of the weekly table: a day and its opening spans (empty: closed). */
    public record DaySchedule(DayOfWeek day, List<Span> spans) {

        public boolean isClosed() {
            return spans.isEmpty();
        }
    }

    /** One rule of the text, as far as this evaluator follows it. */
    private record Step(Set<DayOfWeek> days, boolean holidays, boolean everyDay, List<Span> spans, boolean off,
                        boolean additive) {

        boolean matches(DayOfWeek day, boolean holiday) {
            return everyDay || days.contains(day) || (holidays && holiday);
        }
    }

    @Nullable
    private final String text;
    @Nullable
    private final List<Step> steps; // null: not understood

    private OpeningHours(@Nullable String text, @Nullable List<Step> steps) {
        this.text = text;
        this.steps = steps;
    }

    /** Reads hours as written; never throws: blank or unusual text gives hours that are not understood. */
    public static OpeningHours parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return new OpeningHours(null, null);
        }
        String trimmed = text.strip();
        try {
            List<Rule> rules = new OpeningHoursParser(
                    new ByteArrayInputStream(trimmed.getBytes(StandardCharsets.UTF_8))).rules(false);
            List<Step> steps = new ArrayList<>();
            for (Rule rule : rules) {
                Step step = step(rule);
                if (step == null) {
                    return new OpeningHours(trimmed, null);
                }
                steps.add(step);
            }
            return new OpeningHours(trimmed, steps.isEmpty() ? null : List.copyOf(steps));
        } catch (OpeningHoursParseException | RuntimeException | Error e) {
            // The generated parser reports some errors as TokenMgrError.
            return new OpeningHours(trimmed, null);
        }
    }

    @Nullable
    private static Step step(Rule rule) {
        if (rule.isFallBack() || rule.getComment() != null
                || notEmpty(rule.getYears()) || notEmpty(rule.getWeeks()) || notEmpty(rule.getDates())) {
            return null;
        }
        boolean off = false;
        RuleModifier modifier = rule.getModifier();
        if (modifier != null) {
            if (modifier.getComment() != null) {
                return null;
            }
            RuleModifier.Modifier kind = modifier.getModifier();
            if (kind == RuleModifier.Modifier.OFF || kind == RuleModifier.Modifier.CLOSED) {
                off = true;
            } else if (kind != null && kind != RuleModifier.Modifier.OPEN) {
                return null; // "unknown": nothing to say
            }
        }
        Set<DayOfWeek> days = java.util.EnumSet.noneOf(DayOfWeek.class);
        for (WeekDayRange range : list(rule.getDays())) {
            if (notEmpty(range.getNths()) || range.getOffset() != 0 || range.getStartDay() == null) {
                return null;
            }
            int first = range.getStartDay().ordinal();
            int last = range.getEndDay() == null ? first : range.getEndDay().ordinal();
            // Fr-Mo wraps over the weekend.
            for (int i = first; ; i = (i + 1) % 7) {
                days.add(DayOfWeek.of(i + 1));
                if (i == last) {
                    break;
                }
            }
        }
        boolean holidays = false;
        for (Holiday holiday : list(rule.getHolidays())) {
            if (holiday.getType() != Holiday.Type.PH || holiday.getOffset() != 0) {
                return null; // school holidays (SH) depend on the academy's calendar
            }
            holidays = true;
        }
        List<Span> spans = new ArrayList<>();
        if (rule.isTwentyfourseven() || list(rule.getTimes()).isEmpty()) {
            spans.add(new Span(0, DAY));
        } else {
            for (TimeSpan time : rule.getTimes()) {
                if (time.getStartEvent() != null || time.getEndEvent() != null || time.isOpenEnded()
                        || time.getInterval() > 0 || time.getStart() == TimeSpan.UNDEFINED_TIME) {
                    return null;
                }
                int start = time.getStart();
                int end = time.getEnd() == TimeSpan.UNDEFINED_TIME ? start : time.getEnd();
                if (end <= start) {
                    end += DAY; // 22:00-02:00 ends the next day
                }
                if (end == start) {
                    return null;
                }
                spans.add(new Span(start, end));
            }
        }
        boolean everyDay = days.isEmpty() && !holidays;
        return new Step(days, holidays, everyDay, merge(spans), off, rule.isAdditive());
    }

    private static boolean notEmpty(@Nullable List<?> list) {
        return list != null && !list.isEmpty();
    }

    private static <T> List<T> list(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }

    /** True when the text was read entirely: the table and "open now" can be trusted. */
    public boolean isUnderstood() {
        return steps != null;
    }

    /** The text as the structure wrote it; null when it gave none. */
    @Nullable
    public String text() {
        return text;
    }

    /** Open at this local time (Europe/Paris wall clock)? Empty when the hours are not understood. */
    public Optional<Boolean> isOpenAt(LocalDateTime when) {
        if (steps == null) {
            return Optional.empty();
        }
        int minute = when.getHour() * 60 + when.getMinute();
        LocalDate today = when.toLocalDate();
        for (Span span : spansOn(today.getDayOfWeek(), FrenchHolidays.isHoliday(today))) {
            if (span.start() <= minute && minute < span.end()) {
                return Optional.of(true);
            }
        }
        LocalDate yesterday = today.minusDays(1);
        for (Span span : spansOn(yesterday.getDayOfWeek(), FrenchHolidays.isHoliday(yesterday))) {
            if (span.end() > DAY && minute < span.end() - DAY) {
                return Optional.of(true);
            }
        }
        return Optional.of(false);
    }

    /** An ordinary week (no public holiday), Monday first; empty when the hours are not understood. */
    public List<DaySchedule> week() {
        if (steps == null) {
            return List.of();
        }
        List<DaySchedule> week = new ArrayList<>(7);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.add(new DaySchedule(day, spansOn(day, false)));
        }
        return week;
    }

    /** What the hours say about public holidays: closed, open as usual, or their own spans. */
    public Optional<List<Span>> publicHolidays() {
        if (steps == null || steps.stream().noneMatch(Step::holidays)) {
            return Optional.empty();
        }
        // Evaluated as a holiday falling on a Monday; the PH rule is what decides.
        return Optional.of(spansOn(DayOfWeek.MONDAY, true));
    }

    private List<Span> spansOn(DayOfWeek day, boolean holiday) {
        List<Span> spans = new ArrayList<>();
        for (Step step : steps) {
            if (!step.matches(day, holiday)) {
                continue;
            }
            if (step.off()) {
                boolean wholeDay = step.spans().size() == 1 && step.spans().get(0).isAllDay();
                if (wholeDay && !step.additive()) {
                    spans.clear();
                } else {
                    spans = subtract(spans, step.spans());
                }
            } else if (step.additive()) {
                spans.addAll(step.spans());
                spans = merge(spans);
            } else {
                // A later rule replaces what earlier ones said about the days it names.
                spans = new ArrayList<>(step.spans());
            }
        }
        return List.copyOf(spans);
    }

    private static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() <= last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    private static List<Span> subtract(List<Span> spans, List<Span> removed) {
        List<Span> result = new ArrayList<>(spans);
        for (Span cut : removed) {
            List<Span> next = new ArrayList<>();
            for (Span span : result) {
                if (cut.end() <= span.start() || cut.start() >= span.end()) {
                    next.add(span);
                    continue;
                }
                if (span.start() < cut.start()) {
                    next.add(new Span(span.start(), cut.start()));
                }
                if (cut.end() < span.end()) {
                    next.add(new Span(cut.end(), span.end()));
                }
            }
            result = next;
        }
        return result;
    }

    @Override
    public String toString() {
        return text == null ? "" : text;
    }

    /** Public holidays of metropolitan France (Alsace-Moselle's two extra days are not counted). */
    static final class FrenchHolidays {

        private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(5, 8),
                MonthDay.of(7, 14), MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(11, 11), MonthDay.of(12, 25));
        private static final Map<Integer, Set<LocalDate>> MOVABLE = new java.util.concurrent.ConcurrentHashMap<>();

        private FrenchHolidays() {
        }

        static boolean isHoliday(LocalDate date) {
            if (FIXED.contains(MonthDay.from(date))) {
                return true;
            }
            return MOVABLE.computeIfAbsent(date.getYear(), year -> {
                LocalDate easter = easter(year);
                // Lundi de Pâques, Ascension, Lundi de Pentecôte.
                return Set.of(easter.plusDays(1), easter.plusDays(39), easter.plusDays(50));
            }).contains(date);
        }

        /** Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
        static LocalDate easter(int year) {
            int a = year % 19;
            int b = year / 100;
            int c = year % 100;
            int d = b / 4;
            int e = b % 4;
            int f = (b + 8) / 25;
            int g = (b - f + 1) / 3;
            int h = (19 * a + b - d - g + 15) % 30;
            int i = c / 4;
            int k = c % 4;
            int l = (32 + 2 * e + 2 * i - h - k) % 7;
            int m = (a + 11 * h + 22 * l) / 451;
            int month = (h + l - 7 * m + 114) / 31;
            int day = ((h + l - 7 * m + 114) % 31) + 1;
            return LocalDate.of(year, month, day);
        }
    }
}
