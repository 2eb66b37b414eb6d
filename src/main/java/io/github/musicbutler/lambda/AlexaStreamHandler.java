package io.github.musicbutler.lambda;

import java.io.InputStream;
import java.io.OutputStream;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jboss.logging.Logger;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import com.amazon.ask.model.ResponseEnvelope;

import io.github.musicbutler.skill.AlexaGateway;
import io.github.musicbutler.skill.InvalidAlexaRequestException;
import io.github.musicbutler.skill.SkillIdMismatchException;
import io.github.musicbutler.telemetry.Invocation;
import io.github.musicbutler.telemetry.Invocations;
import io.github.musicbutler.telemetry.Outcome;
import io.quarkus.runtime.ImageMode;
import io.quarkus.runtime.StartupEvent;

/**
 * The Lambda entry point ({@code quarkus.lambda.handler=alexa}). It only translates bytes: the ASK SDK's own
 * serializer reads and writes the envelopes ({@link Envelopes}), so responses omit empty fields exactly as the SDK's
 * own handlers do. Each invocation is one {@link Invocation}: its request log line and metrics record are written
 * when it ends, however it ends; the failures that leave here say how ({@link Outcome}).
 */
@Named("alexa")
public class AlexaStreamHandler implements RequestStreamHandler {

    private static final Logger LOG = Logger.getLogger(AlexaStreamHandler.class);

    @Inject
    AlexaGateway gateway;

    @Inject
    Invocations invocations;

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) {
        Invocation invocation = invocations.begin(context == null ? null : context.getAwsRequestId(),
                context == null ? null : context.getFunctionName());
        try {
            ResponseEnvelope response = gateway.answer(Envelopes.read(input), context);
            invocation.answered(response);
            Envelopes.write(response, output);
        } catch (InvalidAlexaRequestException e) {
            invocation.ended(Outcome.UNREADABLE_REQUEST);
            throw e;
        } catch (SkillIdMismatchException e) {
            invocation.ended(Outcome.SKILL_ID_REFUSED);
            throw e;
        } catch (RuntimeException | Error e) {
            invocation.ended(Outcome.ERROR);
            throw e;
        } finally {
            invocations.end(invocation);
        }
    }

    /**
     * A native executable says whether its envelope reader came warmed from the image build: the native tests hold
     * the build to it, and an operator reading a slow first answer knows where to look. The JVM has nothing to say.
     */
    static void reportEnvelopeReader(@Observes StartupEvent startup) {
        int warmed = Envelopes.warmedAtImageBuild();
        if (warmed > 0) {
            LOG.infof("Alexa envelope reader warmed at image build time on %d sample requests", warmed);
        } else if (ImageMode.current() == ImageMode.NATIVE_RUN) {
            LOG.warn("Alexa envelope reader not warmed at image build time: the first request builds its deserializers");
        }
    }
}
