package io.github.musicbutler.lambda;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.musicbutler.skill.AlexaGateway;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.github.musicbutler.support.LogCapture;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What runs just before Lambda SnapStart takes the snapshot of a JVM function: the envelope reader's sample requests
 * answered through the whole skill, so that a restored function does not build its deserializers, handlers and
 * clients on its first request.
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class SnapStartPrimingTest {

    /** The envelope reader's samples, one of every request type the skill handles (EnvelopesTest). */
    private static final int SAMPLES = Envelopes.samples(Envelopes.ANY_SKILL).size();

    FakeSpotify spotify;

    @RegisterExtension
    LogCapture log = new LogCapture();

    @Inject
    SnapStartPriming priming;

    @Inject
    Instance<AlexaGateway> gateway;

    @Test
    void everySampleRequestIsAnsweredByTheSkill() {
        assertEquals(SAMPLES, priming.prime());
    }

    @Test
    void primingBeforeTheSnapshotNeverCallsSpotify() {
        priming.beforeCheckpoint(null);

        spotify.verify(0, anyRequestedFor(anyUrl()));
        assertEquals(List.of(), spotify.tokenRequests());
    }

    @Test
    void theLogSaysThatTheRequestsBeforeTheSnapshotWereSamples() {
        priming.beforeCheckpoint(null);

        assertTrue(log.all().contains("SnapStart: answered " + SAMPLES
                + " sample requests of an unlinked user before the snapshot"), log.all());
    }

    @Test
    void onlyAnInitForASnapshotRegistersThePriming() {
        assertTrue(SnapStartPriming.isSnapshotInit("snap-start"));
        assertFalse(SnapStartPriming.isSnapshotInit("on-demand"));
        assertFalse(SnapStartPriming.isSnapshotInit("provisioned-concurrency"));
        assertFalse(SnapStartPriming.isSnapshotInit(null));
    }

    @Test
    void aFailureWhilePrimingIsReportedButNeverStopsTheSnapshot() {
        SnapStartPriming broken = new SnapStartPriming(gateway, () -> {
            throw new IllegalStateException("configuration unreadable");
        });

        assertEquals(0, broken.prime());
        assertTrue(log.all().contains("SnapStart: priming stopped after 0 sample requests (IllegalStateException)"),
                log.all());
    }
}
