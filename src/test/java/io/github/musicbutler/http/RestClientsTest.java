package io.github.musicbutler.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;

/** A client is shared only by callers asking for the same one: the same interface, URI, timeouts and answers. */
@QuarkusTest
class RestClientsTest {

    @Path("")
    interface Status {
        @GET
        Uni<String> get();
    }

    private static final URI THERE = URI.create("http://localhost:9/");
    private static final RestClients.Timeouts QUICK = new RestClients.Timeouts(Duration.ofMillis(100), Duration.ofMillis(200));

    @Inject
    RestClients clients;

    @Test
    void theSameAskGetsTheSameClient() {
        assertSame(clients.client(Status.class, THERE, QUICK, RestClients.Answers.ERRORS_FAIL),
                clients.client(Status.class, THERE, new RestClients.Timeouts(Duration.ofMillis(100), Duration.ofMillis(200)),
                        RestClients.Answers.ERRORS_FAIL));
    }

    @Test
    void otherTimeoutsGetAClientOfTheirOwn() {
        assertNotSame(clients.client(Status.class, THERE, QUICK, RestClients.Answers.ERRORS_FAIL),
                clients.client(Status.class, THERE, new RestClients.Timeouts(Duration.ofMillis(100), Duration.ofSeconds(5)),
                        RestClients.Answers.ERRORS_FAIL));
    }

    @Test
    void anotherWayOfAnsweringGetsAClientOfItsOwn() {
        assertNotSame(clients.client(Status.class, THERE, QUICK, RestClients.Answers.ERRORS_FAIL),
                clients.client(Status.class, THERE, QUICK, RestClients.Answers.AS_THEY_ARE));
    }

    @Test
    void aReadTimeoutWrappedByTheClientIsATimeout() {
        assertTrue(RestClients.timedOut(new ProcessingException(new TimeoutException("The timeout period of 200ms has been exceeded"))));
    }

    @Test
    void aRefusedConnectionIsNot() {
        assertFalse(RestClients.timedOut(new ProcessingException(new IOException("Connection refused"))));
    }
}
