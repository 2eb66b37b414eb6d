package io.github.musicbutler.lambdarun;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands between the function and a Lambda Runtime API that answers as Quarkus' mock does, and answers the function's
 * result and error posts with {@code 202 Accepted}, as the real Runtime API does: the mock answers {@code 204}, and
 * Amazon's Runtime Interface Client treats anything but 202 on an error report as fatal and exits, so the first
 * failed invocation would kill the function. {@link LambdaRuntimeApi} does the same for the Runtime API this package
 * starts itself; this relay is for one that already runs (an integration test's), which cannot be changed.
 */
final class RuntimeApiRelay implements AutoCloseable {

    /** Hop-by-hop and framing headers the JDK's client and server set themselves. */
    private static final Set<String> OWN_HEADERS = Set.of("connection", "content-length", "host", "transfer-encoding",
            "date", "upgrade", "expect");

    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);
    private static final Duration MOCK_NOTICES = Duration.ofMillis(100);

    private final String target;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "runtime-api-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpServer server;

    /** @param runtimeApi {@code host:port[/path]}, as in {@code AWS_LAMBDA_RUNTIME_API} */
    RuntimeApiRelay(String runtimeApi) {
        this.target = "http://" + runtimeApi;
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the Runtime API relay", e);
        }
        server.createContext("/", this::relay);
        server.setExecutor(threads);
        server.start();
    }

    /** What the function gets as {@code AWS_LAMBDA_RUNTIME_API}. */
    String runtimeApi() {
        return "localhost:" + server.getAddress().getPort();
    }

    private void relay(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body.readAllBytes()));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!OWN_HEADERS.contains(name.toLowerCase())) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer.headers().map().forEach((name, values) -> {
                if (!OWN_HEADERS.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, List.copyOf(values));
                }
            });
            boolean report = exchange.getRequestMethod().equals("POST") && answer.statusCode() == 204;
            byte[] bytes = answer.body();
            exchange.sendResponseHeaders(report ? 202 : answer.statusCode(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Ends the function's long poll upstream too, by closing the client's connections, before the test's Runtime API
     * stops. Quarkus' mock event server waits for the next event in 10 ms steps and ends that wait quietly once it
     * sees its connection closed; a wait still open when the mock stops is interrupted, and the mock logs that as two
     * ERROR lines ("nextEvent interrupted", "Unhandled exception in router") in a green run.
     */
    @Override
    public void close() {
        server.stop(0);
        http.shutdownNow();
        threads.shutdownNow();
        try {
            http.awaitTermination(CLOSE_WAIT);
            threads.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            // a few of the mock's 10 ms steps, so it has seen the closed connection before the test stops it
            Thread.sleep(MOCK_NOTICES.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
