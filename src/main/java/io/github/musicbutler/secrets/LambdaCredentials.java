package io.github.musicbutler.secrets;

import java.net.URI;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.musicbutler.http.RestClients;
import io.smallrye.mutiny.Uni;

/**
 * The execution role's credentials, where Lambda puts them: in the environment, or (SnapStart) behind the local
 * credentials endpoint. Read when needed and never kept: the endpoint's credentials expire, and the skill needs
 * them about once an hour.
 */
@Singleton
class LambdaCredentials {

    private final AwsEnvironment environment;
    private final ObjectMapper json;
    private final RestClients clients;
    private final SecretsConfig config;

    LambdaCredentials(AwsEnvironment environment, ObjectMapper json, RestClients clients, SecretsConfig config) {
        this.environment = environment;
        this.json = json;
        this.clients = clients;
        this.config = config;
    }

    Uni<AwsCredentials> current() {
        if (environment.accessKeyId().isPresent() && environment.secretAccessKey().isPresent()) {
            return Uni.createFrom().item(new AwsCredentials(environment.accessKeyId().get(),
                    environment.secretAccessKey().get(), environment.sessionToken().orElse(null)));
        }
        if (environment.containerCredentialsFullUri().isPresent()) {
            return endpoint().credentials(environment.containerAuthorizationToken().orElse(null))
                    .map(this::fromEndpoint);
        }
        return Uni.createFrom().failure(new AwsCallFailedException("the function has no AWS credentials"
                + " (neither AWS_ACCESS_KEY_ID nor AWS_CONTAINER_CREDENTIALS_FULL_URI is set)"));
    }

    private AwsCredentials fromEndpoint(Response answer) {
        if (answer.getStatus() != 200) {
            throw new AwsCallFailedException("Lambda's credentials endpoint answered HTTP " + answer.getStatus());
        }
        try {
            JsonNode credentials = json.readTree(answer.readEntity(String.class));
            return new AwsCredentials(credentials.required("AccessKeyId").asText(),
                    credentials.required("SecretAccessKey").asText(), credentials.path("Token").asText(null));
        } catch (Exception unreadable) {
            // Jackson's messages may quote the answer, which holds the credentials: only the type is kept.
            throw new AwsCallFailedException("Lambda's credentials endpoint gave an unreadable answer ("
                    + unreadable.getClass().getSimpleName() + ")");
        }
    }

    private ContainerCredentialsApi endpoint() {
        return clients.client(ContainerCredentialsApi.class,
                URI.create(environment.containerCredentialsFullUri().orElseThrow()), config.awsTimeouts(),
                RestClients.Answers.AS_THEY_ARE);
    }
}
