package io.github.musicbutler.support;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Spotify for a {@code @QuarkusTest}: {@code @WithTestResource(FakeSpotifyResource.class)} points the function's
 * {@code spotify.api-url} and {@code spotify.accounts-url} at a {@link FakeSpotify} and gives it the app's client
 * id and secret; the test gets the fake in a field of type {@link FakeSpotify}. The only test resource that
 * configures Spotify, so a test never wonders which of two fakes its function is talking to.
 * <p>
 * Every {@code @QuarkusTest} declares it, also those that expect no Spotify call: such a call then stays on this
 * machine (and gets a 404), and all test classes without a profile of their own share one application and one fake.
 * That is why every test starts with a fake that has no answers and has received nothing.
 * <p>
 * Init args: {@code expires-in} (seconds the accounts service's tokens last, default 3600 as Spotify's),
 * {@code credentials=none} to leave {@code spotify.client-id} and {@code spotify.client-secret} unset,
 * {@code credentials=client-id} to set only the client id (the secret then comes from elsewhere, e.g.
 * {@link ParameterStoreServer}).
 */
public class FakeSpotifyResource implements QuarkusTestResourceLifecycleManager {

    private FakeSpotify spotify;
    private Duration tokenLifetime = Duration.ofHours(1);
    private boolean withClientId = true;
    private boolean withClientSecret = true;

    @Override
    public void init(Map<String, String> initArgs) {
        tokenLifetime = Duration.ofSeconds(Long.parseLong(initArgs.getOrDefault("expires-in", "3600")));
        String credentials = initArgs.getOrDefault("credentials", "both");
        withClientId = !"none".equals(credentials);
        withClientSecret = "both".equals(credentials);
    }

    @Override
    public Map<String, String> start() {
        spotify = FakeSpotify.start(tokenLifetime);
        Map<String, String> config = new HashMap<>();
        config.put("spotify.api-url", spotify.apiUrl());
        config.put("spotify.accounts-url", spotify.accountsUrl());
        if (withClientId) {
            config.put("spotify.client-id", FakeSpotify.CLIENT_ID);
        }
        if (withClientSecret) {
            config.put("spotify.client-secret", FakeSpotify.CLIENT_SECRET);
        }
        return config;
    }

    @Override
    public void stop() {
        if (spotify != null) {
            spotify.close();
        }
    }

    /** Called for every new test instance, that is before every test. */
    @Override
    public void inject(TestInjector testInjector) {
        spotify.noteStartup();
        spotify.reset();
        testInjector.injectIntoFields(spotify, new TestInjector.MatchesType(FakeSpotify.class));
    }
}
