package io.github.musicbutler.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.amazon.ask.dispatcher.request.handler.RequestHandler;

import io.github.musicbutler.conversation.UnhandledRequestHandler;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.quarkus.arc.All;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class SkillAssemblyTest {

    @Inject
    @All
    List<RequestHandler> handlers;

    @Test
    void everyHandlerDeclaresItsPriority() {
        handlers.forEach(handler -> assertTrue(type(handler).isAnnotationPresent(Priority.class),
                type(handler).getName() + " has no @Priority"));
    }

    @Test
    void catchAllHandlerIsAskedLast() {
        assertEquals(UnhandledRequestHandler.class, type(handlers.get(handlers.size() - 1)));
    }

    @Test
    void handlersAreAskedInDescendingPriority() {
        List<Integer> priorities = handlers.stream().map(h -> type(h).getAnnotation(Priority.class).value()).toList();
        List<Integer> sorted = priorities.stream().sorted((a, b) -> b - a).toList();
        assertEquals(sorted, priorities);
    }

    private static Class<?> type(Object bean) {
        return ClientProxy.unwrap(bean).getClass();
    }
}
