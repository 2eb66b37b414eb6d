package io.github.musicbutler.lambda;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.crac.CheckpointException;
import org.crac.Context;
import org.crac.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.musicbutler.skill.AlexaConfig;
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
    void anInitForASnapshotRegistersThePrimingWithCrac() {
        RecordingContext crac = new RecordingContext();

        assertTrue(SnapStartPriming.register("snap-start", () -> priming, () -> crac));

        assertEquals(List.of(priming), crac.registered);
    }

    @Test
    void theSnapshotOfARegisteredPrimingAnswersTheSamples() throws Exception {
        RecordingContext crac = new RecordingContext();
        SnapStartPriming.register("snap-start", () -> priming, () -> crac);

        crac.beforeCheckpoint(null);

        assertTrue(log.all().contains("SnapStart: answered " + SAMPLES + " sample requests"), log.all());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "on-demand", "provisioned-concurrency" })
    void anyOtherInitNeitherCreatesThePrimingNorTouchesCrac(String initializationType) {
        assertFalse(SnapStartPriming.register(initializationType,
                () -> fail("the priming was created for " + initializationType),
                () -> fail("CRaC was touched for " + initializationType)));
    }

    @Test
    void aFailureWhilePrimingIsReportedButNeverStopsTheSnapshot() {
        AlexaConfig unreadable = (AlexaConfig) Proxy.newProxyInstance(AlexaConfig.class.getClassLoader(),
                new Class<?>[] { AlexaConfig.class }, (proxy, method, args) -> {
                    throw new IllegalStateException("configuration unreadable");
                });
        SnapStartPriming broken = new SnapStartPriming(gateway, unreadable);

        assertEquals(0, broken.prime());
        assertTrue(log.all().contains("SnapStart: priming stopped after 0 sample requests (IllegalStateException)"),
                log.all());
    }

    /** CRaC's context as a snapshot drives it: registered resources are told before the checkpoint. */
    private static final class RecordingContext extends Context<Resource> {

        final List<Resource> registered = new ArrayList<>();

        @Override
        public void register(Resource resource) {
            registered.add(resource);
        }

        @Override
        public void beforeCheckpoint(Context<? extends Resource> context) throws CheckpointException {
            for (Resource resource : registered) {
                try {
                    resource.beforeCheckpoint(this);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }

        @Override
        public void afterRestore(Context<? extends Resource> context) {
        }
    }
}
