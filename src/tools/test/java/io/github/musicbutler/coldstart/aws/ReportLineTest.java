package io.github.musicbutler.coldstart.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

/** REPORT lines in the format Lambda writes them (tab-separated, trailing tab), one per kind of start. */
class ReportLineTest {

    static final String ON_DEMAND_JVM_COLD = "REPORT RequestId: 0b9a5c3e-7f1d-4a5b-9c2e-1d3f5a7b9c0e\t"
            + "Duration: 412.53 ms\tBilled Duration: 413 ms\tMemory Size: 512 MB\tMax Memory Used: 148 MB\t"
            + "Init Duration: 1876.21 ms\t";
    static final String SNAPSTART_RESTORE = "REPORT RequestId: 6c1f0e2d-93a4-4b7e-8d55-0f2a9b3c4d5e\t"
            + "Duration: 187.40 ms\tBilled Duration: 442 ms\tMemory Size: 512 MB\tMax Memory Used: 139 MB\t"
            + "Restore Duration: 311.87 ms\tBilled Restore Duration: 254 ms\t";
    static final String NATIVE_PROVIDED_AL2023_COLD = "REPORT RequestId: 9e8d7c6b-5a49-4382-b1a0-ffeeddccbbaa\t"
            + "Duration: 9.87 ms\tBilled Duration: 152 ms\tMemory Size: 256 MB\tMax Memory Used: 58 MB\t"
            + "Init Duration: 141.36 ms\t";
    static final String WARM = "REPORT RequestId: 1a2b3c4d-5e6f-4071-8293-a4b5c6d7e8f9\tDuration: 3.12 ms\t"
            + "Billed Duration: 4 ms\tMemory Size: 512 MB\tMax Memory Used: 149 MB\t";

    @Test
    void onDemandJvmColdStartHasAnInitDuration() {
        ReportLine report = ReportLine.parse(ON_DEMAND_JVM_COLD);

        assertEquals("0b9a5c3e-7f1d-4a5b-9c2e-1d3f5a7b9c0e", report.requestId());
        assertEquals(412.53, report.durationMs());
        assertEquals(413, report.billedDurationMs());
        assertEquals(512, report.memorySizeMb());
        assertEquals(148, report.maxMemoryUsedMb());
        assertEquals(OptionalDouble.of(1876.21), report.initDurationMs());
        assertEquals(OptionalDouble.empty(), report.restoreDurationMs());
        assertTrue(report.isColdStart());
    }

    @Test
    void snapStartRestoreHasRestoreAndBilledRestoreDurationsButNoInit() {
        ReportLine report = ReportLine.parse(SNAPSTART_RESTORE);

        assertEquals(OptionalDouble.of(311.87), report.restoreDurationMs());
        assertEquals(OptionalDouble.of(254), report.billedRestoreDurationMs());
        assertEquals(OptionalDouble.empty(), report.initDurationMs());
        assertEquals(187.40, report.durationMs());
        assertTrue(report.isColdStart());
    }

    @Test
    void nativeCustomRuntimeColdStartBillsItsInit() {
        ReportLine report = ReportLine.parse(NATIVE_PROVIDED_AL2023_COLD);

        assertEquals(OptionalDouble.of(141.36), report.initDurationMs());
        assertEquals(9.87, report.durationMs());
        assertEquals(152, report.billedDurationMs());
        assertEquals(58, report.maxMemoryUsedMb());
    }

    @Test
    void warmInvocationIsNoColdStart() {
        assertFalse(ReportLine.parse(WARM).isColdStart());
    }

    @Test
    void xRayFieldsAfterTheFiguresAreIgnored() {
        ReportLine report = ReportLine.parse(ON_DEMAND_JVM_COLD
                + "XRAY TraceId: 1-6742c0de-5f3e2a1b0c9d8e7f6a5b4c3d\tSegmentId: 0a1b2c3d4e5f6a7b\tSampled: true\t");

        assertEquals(OptionalDouble.of(1876.21), report.initDurationMs());
    }

    @Test
    void reportLineIsFoundInTheLogTailOfAnInvocation() {
        String tail = "START RequestId: 0b9a5c3e-7f1d-4a5b-9c2e-1d3f5a7b9c0e Version: $LATEST\n"
                + "18:00:01.123 INFO  [i.g.m.s.RequestLogInterceptor] LaunchRequest en-US, keeps session in 9 ms\n"
                + "END RequestId: 0b9a5c3e-7f1d-4a5b-9c2e-1d3f5a7b9c0e\n"
                + ON_DEMAND_JVM_COLD + "\n";

        assertEquals(412.53, ReportLine.find(tail).orElseThrow().durationMs());
    }

    @Test
    void logTailWithoutReportLineHasNone() {
        assertTrue(ReportLine.find("START RequestId: x Version: $LATEST\n").isEmpty());
    }

    @Test
    void lineWithoutDurationIsAnError() {
        assertThrows(IllegalArgumentException.class,
                () -> ReportLine.parse("REPORT RequestId: x\tMemory Size: 512 MB\t"));
    }
}
