package io.github.musicbutler.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.amazon.ask.Skill;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.util.JacksonSerializer;

import io.github.musicbutler.conversation.UnhandledRequestHandler;
import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.quarkus.arc.All;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The skill asks its handlers in the order of their {@code @Priority}, highest first, so that a specific handler
 * answers before a general one and the catch-all only answers what nobody else does.
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class SkillAssemblyTest {

    @Inject
    @All
    List<RequestHandler> handlers;

    @Inject
    Skill skill;

    @Test
    void everyHandlerDeclaresItsPriority() {
        handlers.forEach(handler -> assertTrue(type(handler).isAnnotationPresent(Priority.class),
                type(handler).getName() + " has no @Priority"));
    }

    @Test
    void theHandlerBeansComeInDescendingPriority() {
        List<Integer> priorities = handlers.stream().map(h -> type(h).getAnnotation(Priority.class).value()).toList();
        List<Integer> sorted = priorities.stream().sorted((a, b) -> b - a).toList();
        assertEquals(sorted, priorities);
        assertEquals(UnhandledRequestHandler.class, type(handlers.get(handlers.size() - 1)));
    }

    @Test
    void theAssembledSkillAsksItsHandlersInTheOrderTheyCome() {
        List<String> asked = new ArrayList<>();
        Skill assembled = new SkillAssembly().skill(
                List.of(declining("first", asked), declining("second", asked), declining("third", asked)),
                List.of(), List.of(), List.of());

        assembled.invoke(envelope(AlexaRequest.intent("AMAZON.HelpIntent")));

        assertEquals(List.of("first", "second", "third"), asked);
    }

    @Test
    void anIntentWithItsOwnHandlerIsNotAnsweredByTheCatchAll() {
        // The catch-all can handle every request: asked first, it would answer help with "Sorry, I didn't get that".
        ResponseEnvelope help = skill.invoke(envelope(AlexaRequest.intent("AMAZON.HelpIntent").unlinked()));

        String speech = help.getResponse().getOutputSpeech().toString();
        assertFalse(speech.contains("didn't get that"), speech);
        assertTrue(speech.contains("Spotify"), speech);
    }

    private static RequestHandler declining(String name, List<String> asked) {
        return new RequestHandler() {
            @Override
            public boolean canHandle(HandlerInput input) {
                asked.add(name);
                return false;
            }

            @Override
            public Optional<Response> handle(HandlerInput input) {
                throw new AssertionError(name + " declined");
            }
        };
    }

    private static RequestEnvelope envelope(AlexaRequest request) {
        return new JacksonSerializer().deserialize(request.json(), RequestEnvelope.class);
    }

    private static Class<?> type(Object bean) {
        return ClientProxy.unwrap(bean).getClass();
    }
}
