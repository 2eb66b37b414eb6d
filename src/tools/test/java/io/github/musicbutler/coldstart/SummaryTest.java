package io.github.musicbutler.coldstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertEquals(700, Summary.of(List.of(900.0, 700.0, 650.0)).median());
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertEquals(750, Summary.of(List.of(900.0, 700.0, 650.0, 800.0)).median());
    }

    @Test
    void p90OfTenRunsIsTheNinthFastestRunByNearestRank() {
        List<Double> runs = List.of(10.0, 1.0, 9.0, 2.0, 8.0, 3.0, 7.0, 4.0, 6.0, 5.0);

        assertEquals(9, Summary.of(runs).p90());
    }

    @Test
    void p90OfFewRunsIsTheSlowest() {
        assertEquals(3, Summary.of(List.of(1.0, 3.0, 2.0)).p90());
    }

    @Test
    void minimumAndMaximumAreTheExtremes() {
        Summary summary = Summary.of(List.of(812.0, 640.5, 1203.0, 700.0));

        assertEquals(640.5, summary.min());
        assertEquals(1203, summary.max());
        assertEquals(4, summary.count());
    }

    @Test
    void singleRunIsItsOwnSummary() {
        assertEquals(new Summary(1, 42, 42, 42, 42), Summary.of(List.of(42.0)));
    }

    @Test
    void noRunsIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Summary.of(List.of()));
    }
}
