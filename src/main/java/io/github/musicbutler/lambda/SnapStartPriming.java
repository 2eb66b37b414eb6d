package io.github.musicbutler.lambda;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.jboss.logging.Logger;

import com.amazon.ask.model.RequestEnvelope;

import io.github.musicbutler.skill.AlexaConfig;
import io.github.musicbutler.skill.AlexaGateway;
import io.quarkus.runtime.StartupEvent;

/**
 * Lambda SnapStart "invoke priming": just before the snapshot of a JVM function is taken, answers the
 * {@link Envelopes#samples(String) sample requests} (one of every request type the skill handles, of an unlinked user)
 * through the whole skill. The snapshot then holds what a first request would otherwise build after every restore:
 * the ASK envelope's Jackson deserializers and the response's serializers, the skill with all its handlers and REST
 * clients, the spoken texts. The same samples warm a native executable's envelope reader while its image is built
 * ({@link Envelopes}); on the JVM this is the only place they are used.
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
        register(System.getenv(INITIALIZATION_TYPE), priming::get, Core::getGlobalContext);
    }

    /**
     * Registers the priming with CRaC's global context when Lambda initialises the function for a snapshot; otherwise
     * neither creates the priming nor touches CRaC. Returns whether it registered.
     */
    static boolean register(String initializationType, Supplier<SnapStartPriming> priming,
            Supplier<Context<Resource>> crac) {
        if (!"snap-start".equals(initializationType)) {
            return false;
        }
        crac.get().register(priming.get());
        return true;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to renew: no connection, token or clock reading was kept from before the snapshot
    }

    /** Answers the sample requests, read and written as Lambda's requests are; returns how many were answered. */
    int prime() {
        int answered = 0;
        try {
            // addressed to the configured skill, which the skill id check lets through; none configured: any is
            for (String request : Envelopes.samples(alexa.skillId().orElse(Envelopes.ANY_SKILL))) {
                RequestEnvelope envelope = Envelopes.read(new ByteArrayInputStream(request.getBytes(StandardCharsets.UTF_8)));
                Envelopes.write(gateway.get().answer(envelope, null), OutputStream.nullOutputStream());
                answered++;
            }
            LOG.infof("SnapStart: answered %d sample requests of an unlinked user before the snapshot", answered);
        } catch (RuntimeException e) {
            LOG.warnf("SnapStart: priming stopped after %d sample requests (%s); the first request after a restore "
                    + "will be slower, nothing else changes", answered, e.getClass().getSimpleName());
        }
        return answered;
    }
}
