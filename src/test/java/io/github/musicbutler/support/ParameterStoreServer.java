package io.github.musicbutler.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * AWS Systems Manager Parameter Store, in-process (WireMock), holding the Spotify client secret as the
 * {@code SecureString} {@value #PARAMETER}: {@code AWS_ENDPOINT_URL_SSM} points at it, and the function gets
 * {@code SPOTIFY_CLIENT_SECRET_PARAMETER}, a region and the execution role's temporary credentials, as Lambda would
 * give them. Answers {@code GetParameter} as AWS documents it. Use with
 * {@code FakeSpotifyResource}'s {@code credentials=client-id}, so that the secret is not also in the environment.
 * <p>
 * Init arg {@code credentials=container-endpoint}: the role's credentials come as a SnapStart function gets them,
 * from Lambda's local credentials endpoint ({@code AWS_CONTAINER_CREDENTIALS_FULL_URI}, served here too) instead
 * of the environment. Tests get this manager injected into a field of its type.
 */
public class ParameterStoreServer implements QuarkusTestResourceLifecycleManager {

    public static final String PARAMETER = "/music-butler/spotify-client-secret";
    public static final String REGION = "eu-west-1";
    public static final String ACCESS_KEY_ID = "ASIAQ3EXAMPLEROLEKEY";
    public static final String SECRET_ACCESS_KEY = "kT9x/2bQwErTy8uIoPaSdFgHjKlZxCvBnM5w+Ab7";
    public static final String SESSION_TOKEN = "IQoJb3JpZ2luX2VjEXAMPLEsessionTOKENforTHEexecutionROLE0123456789/abcdEFGH+ijklMNOP==";
    public static final String TARGET = "AmazonSSM.GetParameter";
    public static final String CREDENTIALS_PATH = "/2018-06-01/credentials";
    public static final String CONTAINER_AUTHORIZATION_TOKEN = "LambdaContainerAuthorizationTokenEXAMPLE0123456789";

    private WireMockServer server;
    private boolean fromContainerEndpoint;

    @Override
    public void init(Map<String, String> initArgs) {
        fromContainerEndpoint = "container-endpoint".equals(initArgs.get("credentials"));
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        holds(FakeSpotify.CLIENT_SECRET);
        Map<String, String> config = new HashMap<>(Map.of(
                "spotify.client-secret-parameter", PARAMETER,
                "aws.endpoint-url-ssm", server.baseUrl(),
                "aws.region", REGION));
        if (fromContainerEndpoint) {
            config.put("aws.container-credentials-full-uri", server.baseUrl() + CREDENTIALS_PATH);
            config.put("aws.container-authorization-token", CONTAINER_AUTHORIZATION_TOKEN);
        } else {
            config.put("aws.access-key-id", ACCESS_KEY_ID);
            config.put("aws.secret-access-key", SECRET_ACCESS_KEY);
            config.put("aws.session-token", SESSION_TOKEN);
        }
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(this, new TestInjector.MatchesType(ParameterStoreServer.class));
    }

    /** From now on the parameter holds {@code value} (a new version, as after {@code put-parameter --overwrite}). */
    public void holds(String value) {
        server.resetMappings();
        credentialsEndpoint();
        server.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1").withBody("""
                        {"Parameter":{"ARN":"arn:aws:ssm:eu-west-1:123456789012:parameter/music-butler/spotify-client-secret",
                          "DataType":"text","LastModifiedDate":1.764E9,"Name":"%s","Type":"SecureString",
                          "Value":"%s","Version":2}}""".formatted(PARAMETER, value))));
    }

    /** From now on every read fails as AWS answers it, e.g. {@code 400, "AccessDeniedException"}. */
    public void refuses(int status, String awsErrorType) {
        server.resetMappings();
        credentialsEndpoint();
        server.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/x-amz-json-1.1").withBody("""
                        {"__type":"%s","message":"User: arn:aws:sts::123456789012:assumed-role/music-butler-skill-exec/music-butler-skill is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:eu-west-1:123456789012:parameter/music-butler/spotify-client-secret because no identity-based policy allows the ssm:GetParameter action"}"""
                        .formatted(awsErrorType))));
    }

    /** Lambda's credentials endpoint, which answers only with the container's authorization token. */
    private void credentialsEndpoint() {
        server.stubFor(get(urlEqualTo(CREDENTIALS_PATH)).withHeader("Authorization", equalTo(CONTAINER_AUTHORIZATION_TOKEN))
                .willReturn(okJson("""
                        {"AccessKeyId":"%s","SecretAccessKey":"%s","Token":"%s","Expiration":"2026-11-29T20:00:00Z"}"""
                        .formatted(ACCESS_KEY_ID, SECRET_ACCESS_KEY, SESSION_TOKEN))));
    }

    /** Every request to Lambda's credentials endpoint. */
    public List<LoggedRequest> credentialRequests() {
        return server.findAll(getRequestedFor(urlEqualTo(CREDENTIALS_PATH)));
    }

    /** Every {@code GetParameter} request received since the server started, oldest first. */
    public List<LoggedRequest> reads() {
        return server.findAll(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET)));
    }
}
