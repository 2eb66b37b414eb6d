package io.github.musicbutler.lambda;

import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.jboss.logging.Logger;

import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.util.JacksonSerializer;

import io.github.musicbutler.skill.AlexaConfig;
import io.github.musicbutler.skill.AlexaGateway;
import io.quarkus.runtime.StartupEvent;

/**
 * Lambda SnapStart "invoke priming": just before the snapshot of a JVM function is taken, answers two sample requests
 * of an unlinked user (a LaunchRequest and a PlayPlaylistIntent with a resolved slot) through the whole skill. The
 * snapshot then holds what a first request would otherwise build after every restore: the ASK envelope's Jackson
 * deserializers and the response's serializers, the skill with all its handlers and REST clients, the spoken texts.
 *
 * <p>Nothing reaches the network: an unlinked user is answered with the LinkAccount card without calling Spotify.
 * It is registered with CRaC only when Lambda says the function is being initialised for a snapshot
 * ({@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start}); on-demand starts, native executables, dev mode and tests
 * neither create it nor touch CRaC. Priming is an optimisation only: if it fails, it says so and the snapshot is
 * taken anyway.
 */
@Singleton
public class SnapStartPriming implements Resource {

    private static final Logger LOG = Logger.getLogger(SnapStartPriming.class);
    /** Used when no skill id is configured, in which case every skill id is accepted. */
    private static final String ANY_SKILL = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000";

    private final Instance<AlexaGateway> gateway;
    private final AlexaConfig alexa;

    SnapStartPriming(Instance<AlexaGateway> gateway, AlexaConfig alexa) {
        this.gateway = gateway;
        this.alexa = alexa;
    }

    /** Set by Lambda: {@code on-demand}, {@code provisioned-concurrency} or {@code snap-start}. */
    static final String INITIALIZATION_TYPE = "AWS_LAMBDA_INITIALIZATION_TYPE";

    // Static, so that a start without a snapshot does not even create the bean. CRaC holds resources weakly; the
    // singleton is held by the container for the application's lifetime.
    static void registerForSnapshots(@Observes StartupEvent startup, Instance<SnapStartPriming> priming) {
        if (isSnapshotInit(System.getenv(INITIALIZATION_TYPE))) {
            Core.getGlobalContext().register(priming.get());
        }
    }

    static boolean isSnapshotInit(String initializationType) {
        return "snap-start".equals(initializationType);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to renew: no connection, token or clock reading was kept from before the snapshot
    }

    /** Answers the sample requests; returns how many were answered. */
    int prime() {
        int answered = 0;
        try {
            JacksonSerializer serializer = new JacksonSerializer();
            for (String request : sampleRequests(alexa.skillId().orElse(ANY_SKILL))) {
                RequestEnvelope envelope = serializer.deserialize(request, RequestEnvelope.class);
                serializer.serialize(gateway.get().answer(envelope, null));
                answered++;
            }
            LOG.infof("SnapStart: answered %d sample requests of an unlinked user before the snapshot", answered);
        } catch (RuntimeException e) {
            LOG.warnf("SnapStart: priming stopped after %d sample requests (%s); the first request after a restore "
                    + "will be slower, nothing else changes", answered, e.getClass().getSimpleName());
        }
        return answered;
    }

    static List<String> sampleRequests(String skillId) {
        return List.of(ENVELOPE.formatted(true, skillId, skillId, LAUNCH),
                ENVELOPE.formatted(false, skillId, skillId, PLAY_PLAYLIST));
    }

    /** As an Echo Show sends it, with the viewport, so the snapshot also holds the viewport's deserializers. */
    private static final String ENVELOPE = """
            {"version":"1.0",
             "session":{"new":%s,"sessionId":"amzn1.echo-api.session.snapstart-priming",
              "application":{"applicationId":"%s"},"attributes":{},"user":{"userId":"amzn1.ask.account.snapstart-priming"}},
             "context":{"System":{"application":{"applicationId":"%s"},"user":{"userId":"amzn1.ask.account.snapstart-priming"},
              "device":{"deviceId":"amzn1.ask.device.snapstart-priming","supportedInterfaces":{}},
              "apiEndpoint":"https://api.amazonalexa.com"},
              "Viewport":{"experiences":[{"arcMinuteWidth":246,"arcMinuteHeight":144,"canRotate":false,"canResize":false}],
               "shape":"RECTANGLE","pixelWidth":1024,"pixelHeight":600,"dpi":160,"currentPixelWidth":1024,
               "currentPixelHeight":600,"touch":["SINGLE"]}},
             "request":%s}""";

    private static final String LAUNCH = """
            {"type":"LaunchRequest","requestId":"amzn1.echo-api.request.snapstart-priming-1",
             "timestamp":"2026-01-01T00:00:00Z","locale":"en-US","shouldLinkResultBeReturned":false}""";

    private static final String PLAY_PLAYLIST = """
            {"type":"IntentRequest","requestId":"amzn1.echo-api.request.snapstart-priming-2",
             "timestamp":"2026-01-01T00:00:01Z","locale":"en-US","dialogState":"STARTED",
             "intent":{"name":"PlayPlaylistIntent","confirmationStatus":"NONE",
              "slots":{"playlist":{"name":"playlist","value":"running mix","confirmationStatus":"NONE","source":"USER",
               "resolutions":{"resolutionsPerAuthority":[{"authority":"amzn1.er-authority.echo-sdk.snapstart-priming.PlaylistName",
                "status":{"code":"ER_SUCCESS_NO_MATCH"}}]}}}}}""";
}
