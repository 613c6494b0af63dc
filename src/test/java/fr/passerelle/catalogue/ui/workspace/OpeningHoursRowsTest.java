package fr.passerelle.catalogue.ui.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

/** The opening-hours editor writes OSM text the parser accepts, and reads simple texts back. */
class OpeningHoursRowsTest {

    static OpeningHoursRows.Range range(String start, String end) {
        return new OpeningHoursRows.Range(LocalTime.parse(start), LocalTime.parse(end));
    }

    static OpeningHoursRows.Row row(Set<DayOfWeek> days, OpeningHoursRows.Range... ranges) {
        return new OpeningHoursRows.Row(days, List.of(ranges));
    }

    @Test
    void weekdaysWithALunchBreakBecomeOneRule() {
        String osm = OpeningHoursRows.toOsm(List.of(row(EnumSet.range(MONDAY, FRIDAY),
                range("09:00", "12:00"), range("14:00", "17:00"))));

        assertThat(osm).isEqualTo("Mo-Fr 09:00-12:00,14:00-17:00");
        assertThat(OpeningHoursRows.problemWith(osm)).isEmpty();
    }

    @Test
    void severalRowsAreJoinedBySemicolonsAndRangesSortedByStart() {
        String osm = OpeningHoursRows.toOsm(List.of(
                row(EnumSet.of(MONDAY, TUESDAY, THURSDAY), range("13:30", "16:00"), range("08:30", "12:00")),
                row(EnumSet.of(SATURDAY), range("09:00", "12:00"))));

        assertThat(osm).isEqualTo("Mo,Tu,Th 08:30-12:00,13:30-16:00; Sa 09:00-12:00");
        assertThat(OpeningHoursRows.problemWith(osm)).isEmpty();
    }

    @Test
    void runsOfThreeDaysOrMoreBecomeRangesAndPairsStayListed() {
        assertThat(OpeningHoursRows.days(EnumSet.of(MONDAY, TUESDAY))).isEqualTo("Mo,Tu");
        assertThat(OpeningHoursRows.days(EnumSet.of(MONDAY, WEDNESDAY, FRIDAY))).isEqualTo("Mo,We,Fr");
        assertThat(OpeningHoursRows.days(EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, SATURDAY, SUNDAY))).isEqualTo("Mo-We,Sa,Su");
        assertThat(OpeningHoursRows.days(EnumSet.allOf(DayOfWeek.class))).isEqualTo("Mo-Su");
    }

    @Test
    void rowsWithoutDaysOrWithoutTimesSayNothing() {
        assertThat(OpeningHoursRows.toOsm(List.of(row(EnumSet.noneOf(DayOfWeek.class), range("09:00", "12:00")),
                row(EnumSet.of(MONDAY))))).isEmpty();
    }

    @Test
    void aRangeEndingBeforeItStartsIsReported() {
        List<OpeningHoursRows.Row> rows = List.of(row(EnumSet.of(MONDAY), range("14:00", "09:00")));

        assertThat(OpeningHoursRows.invalidRange(rows)).contains(range("14:00", "09:00"));
    }

    @Test
    void simpleTextsAreReadBackIntoTheSameRows() {
        List<OpeningHoursRows.Row> rows = List.of(
                row(EnumSet.range(MONDAY, FRIDAY), range("09:00", "12:00"), range("14:00", "17:00")),
                row(EnumSet.of(SATURDAY), range("09:00", "12:00")));
        String osm = OpeningHoursRows.toOsm(rows);

        assertThat(OpeningHoursRows.fromOsm(osm)).contains(rows);
        assertThat(OpeningHoursRows.fromOsm("Sa-Mo 10:00-11:00")).hasValueSatisfying(read ->
                assertThat(read.get(0).days()).containsExactlyInAnyOrder(SATURDAY, SUNDAY, MONDAY));
        assertThat(OpeningHoursRows.fromOsm("")).contains(List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mo-Fr 09:00-17:00; PH off", "Jan-Mar Mo 09:00-12:00", "24/7",
            "Mo 09:00-12:00 \"sur rendez-vous\"", "Mo[1] 09:00-12:00"})
    void textsUsingMoreThanDaysAndTimesAreLeftAsText(String advanced) {
        assertThat(OpeningHoursRows.problemWith(advanced)).isEmpty();
        assertThat(OpeningHoursRows.fromOsm(advanced)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lundi 9h-12h", "Mo-Fr 9-12", "Mo-Fr matin"})
    void textsTheParserRefusesAreReported(String wrong) {
        assertThat(OpeningHoursRows.problemWith(wrong)).isPresent();
    }
}
