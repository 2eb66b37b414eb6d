package io.github.musicbutler.secrets;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.musicbutler.http.RestClients;
import io.smallrye.mutiny.Uni;

/**
 * Reads one {@code SecureString} from AWS Systems Manager Parameter Store ({@code GetParameter} with decryption),
 * signed with the execution role's credentials.
 */
@Singleton
class ParameterStore {

    static final String SERVICE = "ssm";
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final AwsEnvironment environment;
    private final LambdaCredentials credentials;
    private final ObjectMapper json;
    private final RestClients clients;
    private final SecretsConfig config;

    ParameterStore(AwsEnvironment environment, LambdaCredentials credentials, ObjectMapper json, RestClients clients,
            SecretsConfig config) {
        this.environment = environment;
        this.credentials = credentials;
        this.json = json;
        this.clients = clients;
        this.config = config;
    }

    /** The decrypted value of the parameter {@code name} (a name or an ARN). */
    Uni<String> secureString(String name) {
        return Uni.createFrom().deferred(() -> {
            URI endpoint = endpoint();
            return credentials.current().chain(aws -> send(endpoint, aws, name));
        });
    }

    private Uni<String> send(URI endpoint, AwsCredentials aws, String name) {
        String body = json.createObjectNode().put("Name", name).put("WithDecryption", true).toString();
        String target = "AmazonSSM.GetParameter";
        String date = AMZ_DATE.format(Instant.now());
        Map<String, String> signed = new LinkedHashMap<>();
        signed.put("host", hostHeader(endpoint));
        signed.put("x-amz-date", date);
        signed.put("x-amz-target", target);
        if (aws.sessionToken() != null) {
            signed.put("x-amz-security-token", aws.sessionToken());
        }
        String authorization = SigV4.authorization("POST", "/", signed, body.getBytes(StandardCharsets.UTF_8), aws,
                region(), SERVICE);
        return api(endpoint).call(target, date, aws.sessionToken(), authorization, body).map(answer -> valueOf(answer, name));
    }

    private String valueOf(Response answer, String name) {
        JsonNode document = readQuietly(answer);
        if (answer.getStatus() != 200) {
            // e.g. {"__type":"ParameterNotFound","message":"..."}: the type says enough, AWS' message is left out.
            String type = document.path("__type").asText("");
            throw new AwsCallFailedException("Parameter Store answered HTTP " + answer.getStatus()
                    + (type.isEmpty() ? "" : " " + type.substring(type.indexOf('#') + 1)) + " for parameter " + name);
        }
        JsonNode value = document.path("Parameter").path("Value");
        if (!value.isTextual() || value.asText().isEmpty()) {
            throw new AwsCallFailedException("Parameter Store's answer for parameter " + name + " holds no value");
        }
        return value.asText();
    }

    private JsonNode readQuietly(Response answer) {
        try {
            return answer.hasEntity() ? json.readTree(answer.readEntity(String.class)) : json.missingNode();
        } catch (Exception unreadable) {
            // Jackson's messages may quote the document, which may hold the secret: an unreadable answer is empty.
            return json.missingNode();
        }
    }

    /** {@code AWS_ENDPOINT_URL_SSM}, or the regional endpoint. */
    private URI endpoint() {
        return URI.create(environment.endpointUrlSsm().orElseGet(() -> "https://ssm." + region() + ".amazonaws.com"));
    }

    private String region() {
        return environment.region().filter(region -> !region.isBlank()).orElseThrow(
                () -> new AwsCallFailedException("AWS_REGION is not set, so Parameter Store cannot be reached"));
    }

    /** As the HTTP client sends it: the port only when it is not the scheme's default. */
    static String hostHeader(URI endpoint) {
        int port = endpoint.getPort();
        boolean schemeDefault = port == -1 || ("https".equals(endpoint.getScheme()) && port == 443)
                || ("http".equals(endpoint.getScheme()) && port == 80);
        return schemeDefault ? endpoint.getHost() : endpoint.getHost() + ":" + port;
    }

    private ParameterStoreApi api(URI endpoint) {
        return clients.client(ParameterStoreApi.class, endpoint, config.awsTimeouts(), RestClients.Answers.AS_THEY_ARE);
    }
}
