package io.github.musicbutler.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.net.URI;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Spotify's Web API for every {@code @QuarkusTest}: an in-process WireMock server on a free port, which the
 * function reaches as {@code spotify.api-url}. Tests stub and verify with WireMock's static DSL
 * ({@code stubFor}, {@code verify}) and call {@link #reset()} before each test. Response bodies live in
 * {@code src/test/resources/spotify/}, shaped like Spotify's documented JSON.
 */
@WithTestResource(value = SpotifyStub.class, scope = TestResourceScope.GLOBAL)
public class SpotifyStub implements QuarkusTestResourceLifecycleManager {

    /** The header every call on behalf of the linked test user must carry. */
    public static final String BEARER = "Bearer " + AlexaRequest.ACCESS_TOKEN;

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        return Map.of("spotify.api-url", "http://localhost:" + server.port() + "/v1");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /**
     * Points WireMock's static DSL at the server and forgets all stubs and requests. Call it before each test: the
     * server starts in another class loader, so the test's loader learns the port from the configuration.
     */
    public static void reset() {
        URI api = URI.create(ConfigProvider.getConfig().getValue("spotify.api-url", String.class));
        WireMock.configureFor(api.getHost(), api.getPort());
        WireMock.reset();
    }

    /** A 200 answer with the JSON file {@code src/test/resources/spotify/<name>}. */
    public static ResponseDefinitionBuilder json(String name) {
        return WireMock.okJson(fixture(name));
    }

    /** An error answer with the JSON file {@code src/test/resources/spotify/<name>} and the given status. */
    public static ResponseDefinitionBuilder error(int status, String name) {
        return WireMock.aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(fixture(name));
    }

    /** The JSON file {@code src/test/resources/spotify/<name>} (read by {@link Fixtures}, the one fixture reader). */
    public static String fixture(String name) {
        return Fixtures.read("spotify/" + name);
    }
}
