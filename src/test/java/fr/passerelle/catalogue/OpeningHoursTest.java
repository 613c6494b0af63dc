package fr.passerelle.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class OpeningHoursTest {

    // 2026-03-02 is a Monday; 2026-04-06 is Easter Monday; 2026-07-14 a Tuesday.
    private static LocalDateTime at(String isoDateTime) {
        return LocalDateTime.parse(isoDateTime);
    }

    private static Optional<Boolean> open(String hours, String when) {
        return OpeningHours.parse(hours).isOpenAt(at(when));
    }

    @ParameterizedTest(name = "{0} at {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "Mo-Fr 09:00-12:00,14:00-17:30 | 2026-03-02T09:00 | true",
            "Mo-Fr 09:00-12:00,14:00-17:30 | 2026-03-02T11:59 | true",
            "Mo-Fr 09:00-12:00,14:00-17:30 | 2026-03-02T12:00 | false",
            "Mo-Fr 09:00-12:00,14:00-17:30 | 2026-03-02T13:00 | false",
            "Mo-Fr 09:00-12:00,14:00-17:30 | 2026-03-06T17:29 | true",
            "Mo-Fr 09:00-12:00,14:00-17:30 | 2026-03-07T10:00 | false",
            "Mo-Fr 09:00-12:00,14:00-17:30 | 2026-03-02T08:59 | false",
            "Mo,Tu,Th,Fr 09:00-12:00,13:30-17:00; We 09:00-12:00 | 2026-03-04T10:00 | true",
            "Mo,Tu,Th,Fr 09:00-12:00,13:30-17:00; We 09:00-12:00 | 2026-03-04T14:00 | false",
            "Mo,Tu,Th,Fr 09:00-12:00,13:30-17:00; We 09:00-12:00 | 2026-03-05T14:00 | true",
            "Mo-Th 09:00-12:30,13:30-17:30; Fr 09:00-12:30 | 2026-03-06T15:00 | false",
            "Mo-Th 09:00-12:30,13:30-17:30; Fr 09:00-12:30 | 2026-03-05T15:00 | true",
            "Mo-Su 06:00-21:30 | 2026-03-08T21:00 | true",
            "Fr-Mo 10:00-18:00 | 2026-03-08T12:00 | true",
            "Fr-Mo 10:00-18:00 | 2026-03-03T12:00 | false",
            "08:00-18:00 | 2026-03-08T12:00 | true",
            "24/7 | 2026-03-08T03:00 | true",
            "Sa | 2026-03-07T23:59 | true",
            "Mo-Fr 09:00-17:00; We off | 2026-03-04T10:00 | false",
            "Mo-Fr 09:00-17:00; We off | 2026-03-05T10:00 | true",
            "Mo-Fr 09:00-17:00; We 12:00-14:00 off | 2026-03-04T13:00 | false",
            "Mo-Fr 09:00-17:00; We 12:00-14:00 off | 2026-03-04T15:00 | true",
            "Mo-Fr 09:00-12:00, We 14:00-18:00 | 2026-03-04T15:00 | true",
            "Mo-Fr 09:00-12:00, We 14:00-18:00 | 2026-03-04T10:00 | true",
            "Mo-Fr 09:00-12:00; We 14:00-18:00 | 2026-03-04T10:00 | false",
            "Fr 22:00-02:00 | 2026-03-06T23:30 | true",
            "Fr 22:00-02:00 | 2026-03-07T01:30 | true",
            "Fr 22:00-02:00 | 2026-03-07T02:00 | false",
            "Fr 22:00-02:00 | 2026-03-06T01:30 | false",
            "Mo-Fr 09:00-17:00; PH off | 2026-04-06T10:00 | false",
            "Mo-Fr 09:00-17:00; PH off | 2026-04-07T10:00 | true",
            "Mo-Fr 09:00-17:00; PH off | 2026-07-14T10:00 | false",
            "Mo-Fr 09:00-17:00; PH off | 2026-05-14T10:00 | false",
            "Mo-Fr 09:00-17:00; PH off | 2026-05-25T10:00 | false",
            "Mo-Fr 09:00-17:00 | 2026-04-06T10:00 | true",
            "Mo-Fr 09:00-17:00; PH 10:00-12:00 | 2026-04-06T11:00 | true",
            "Mo-Fr 09:00-17:00; PH 10:00-12:00 | 2026-04-06T15:00 | false",
            "Mo-Sa 09:00-18:00; Sa,PH off | 2026-03-07T10:00 | false",
            "Mo-Sa 09:00-18:00; Sa,PH off | 2026-04-06T10:00 | false",
            "Mo-Sa 09:00-18:00; Sa,PH off | 2026-04-07T10:00 | true",
            "off | 2026-04-07T10:00 | false",
    })
    void evaluatesTheCommonRuleForms(String hours, String when, boolean expected) {
        assertThat(open(hours, when)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jan-Jun Mo-Fr 09:00-12:00", "Mo[1] 09:00-12:00", "Mo-Fr sunrise-sunset",
            "Mo-Fr 09:00+", "Mo-Fr 09:00-17:00 || \"sur rendez-vous\"", "Mo-Fr 09:00-12:00 \"sur rendez-vous\"",
            "SH off", "week 1-20 Mo 09:00-12:00", "2026 Mo 09:00-12:00", "sur rendez-vous", "Lundi 9h-12h"})
    void hoursItCannotFollowAreNotGuessed(String hours) {
        OpeningHours parsed = OpeningHours.parse(hours);
        assertThat(parsed.isUnderstood()).isFalse();
        assertThat(parsed.isOpenAt(at("2026-03-02T10:00"))).isEmpty();
        assertThat(parsed.week()).isEmpty();
        assertThat(parsed.text()).isEqualTo(hours);
    }

    @Test
    void noHoursAtAllAreNotUnderstoodEither() {
        assertThat(OpeningHours.parse(null).isUnderstood()).isFalse();
        assertThat(OpeningHours.parse("  ").text()).isNull();
        assertThat(OpeningHours.parse(null).isOpenAt(at("2026-03-02T10:00"))).isEmpty();
    }

    @Test
    void theWeeklyTableListsEachDayMondayFirst() {
        List<OpeningHours.DaySchedule> week =
                OpeningHours.parse("Mo,Tu,Th,Fr 09:00-12:00,13:30-17:00; We 09:00-12:00; PH off").week();

        assertThat(week).extracting(OpeningHours.DaySchedule::day).containsExactly(DayOfWeek.values());
        assertThat(week.get(0).spans()).extracting(OpeningHours.Span::startTime, OpeningHours.Span::endTime)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                        org.assertj.core.groups.Tuple.tuple(LocalTime.of(13, 30), LocalTime.of(17, 0)));
        assertThat(week.get(2).spans()).hasSize(1);
        assertThat(week.get(5).isClosed()).isTrue();
        assertThat(week.get(6).isClosed()).isTrue();
    }

    @Test
    void theTableSaysWhatPublicHolidaysDo() {
        assertThat(OpeningHours.parse("Mo-Fr 09:00-17:00; PH off").publicHolidays()).contains(List.of());
        assertThat(OpeningHours.parse("Mo-Fr 09:00-17:00").publicHolidays()).isEmpty();
        assertThat(OpeningHours.parse("Mo-Fr 09:00-17:00; PH 10:00-12:00").publicHolidays())
                .contains(List.of(new OpeningHours.Span(600, 720)));
    }

    @Test
    void overlappingSpansAreMergedAndAllDayEndsAtMidnight() {
        List<OpeningHours.DaySchedule> week = OpeningHours.parse("Mo 09:00-12:00,11:00-14:00; Tu").week();
        assertThat(week.get(0).spans()).containsExactly(new OpeningHours.Span(540, 840));
        assertThat(week.get(1).spans()).singleElement().satisfies(span -> {
            assertThat(span.isAllDay()).isTrue();
            assertThat(span.endTime()).isEqualTo(LocalTime.MAX);
        });
    }

    @Test
    void spansPastMidnightStayOnTheirFirstDay() {
        OpeningHours.Span span = OpeningHours.parse("Fr 22:00-02:00").week().get(4).spans().get(0);
        assertThat(span.endsNextDay()).isTrue();
        assertThat(span.startTime()).isEqualTo(LocalTime.of(22, 0));
        assertThat(span.endTime()).isEqualTo(LocalTime.of(2, 0));
    }

    @ParameterizedTest
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25"})
    void easterIsComputedForThePublicHolidays(int year, String sunday) {
        assertThat(OpeningHours.FrenchHolidays.easter(year)).isEqualTo(LocalDate.parse(sunday));
    }

    @Test
    void everyHoursTextOfTheDemoCatalogueIsUnderstood() {
        List.of("Mo-Fr 09:00-12:00,14:00-17:30", "Mo-Fr 08:30-12:30,13:30-17:00",
                "Mo-Th 09:00-12:30,13:30-17:30; Fr 09:00-12:30", "Mo,Tu,Th,Fr 09:00-12:00,13:30-17:00; We 09:00-12:00",
                "Mo-Fr 09:00-17:00; PH off", "Mo-Fr 08:30-12:00,13:30-17:30; Sa 09:00-12:00",
                "Tu-Fr 09:00-12:00,13:30-17:30; Sa 09:00-12:00", "Mo-Sa 05:30-22:00", "Mo-Su 06:00-21:30",
                "Mo 13:30-17:30; Tu-Fr 09:00-12:30,13:30-17:30", "We-Sa 10:00-18:00")
                .forEach(hours -> assertThat(OpeningHours.parse(hours).isUnderstood()).as(hours).isTrue());
    }
}
