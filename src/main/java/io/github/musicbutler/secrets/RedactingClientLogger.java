package io.github.musicbutler.secrets;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.client.api.ClientLogger;

import io.quarkus.arc.Unremovable;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;

/**
 * Writes the REST clients' traffic when an operator switches it on ({@code quarkus.rest-client.logging.scope}), in
 * place of Quarkus' own logger, which prints full URLs, bodies and every header not listed in
 * {@code quarkus.rest-client.logging.masked-headers}. Here a line says method, path, query parameter names, status,
 * harmless headers and the body's size, and nothing else: no token, secret, search query, Spotify answer or
 * Parameter Store value, whatever the configuration.
 */
@Singleton
@Unremovable
public class RedactingClientLogger implements ClientLogger {

    private static final Logger LOG = Logger.getLogger(RedactingClientLogger.class);
    private static final String HIDDEN = "<hidden>";
    /** Headers whose values say nothing about a user or a credential; every other header's value is hidden. */
    private static final Set<String> SHOWN = Set.of("accept", "content-type", "content-length", "content-encoding",
            "transfer-encoding", "user-agent", "retry-after", "date", "x-amz-date", "x-amz-target", "x-amzn-requestid");

    @Override
    public void setBodySize(int bodySize) {
        // Bodies are never written, only their size.
    }

    @Override
    public void logRequest(HttpClientRequest request, Buffer body, boolean omitBody) {
        LOG.infof("Request: %s %s Headers[%s], body %s", request.getMethod(), redact(request.absoluteURI()),
                headers(request.headers()), omitBody ? "omitted" : size(body));
    }

    @Override
    public void logResponse(HttpClientResponse response, boolean redirect) {
        response.bodyHandler(body -> LOG.infof("%s: %s %s, Status[%d %s], Headers[%s], body %s",
                redirect ? "Redirect" : "Response", response.request().getMethod(),
                redact(response.request().absoluteURI()), response.statusCode(), response.statusMessage(),
                headers(response.headers()), size(body)));
    }

    /** Keeps scheme, host and path, and of the query only the parameter names: {@code /v1/search?q=…&type=…}. */
    static String redact(String uri) {
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        if (query < 0) {
            return path;
        }
        String names = java.util.Arrays.stream(uri.substring(query + 1).split("&"))
                .map(parameter -> parameter.split("=", 2)[0] + "=…")
                .collect(Collectors.joining("&"));
        return path + "?" + names;
    }

    private static String headers(MultiMap headers) {
        return StreamSupport.stream(headers.spliterator(), false)
                .map(header -> header.getKey() + "=" + shown(header))
                .collect(Collectors.joining(" "));
    }

    private static String shown(Map.Entry<String, String> header) {
        return SHOWN.contains(header.getKey().toLowerCase(Locale.ROOT)) ? header.getValue() : HIDDEN;
    }

    private static String size(Buffer body) {
        return (body == null ? 0 : body.length()) + " bytes";
    }
}
