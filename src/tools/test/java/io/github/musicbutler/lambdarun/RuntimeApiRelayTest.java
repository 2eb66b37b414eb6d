package io.github.musicbutler.lambdarun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The relay between the function and an integration test's Runtime API, seen from the Runtime API's side: a raw
 * socket, so the test sees exactly when the relay's connection ends.
 */
class RuntimeApiRelayTest {

    @Test
    void closingTheRelayEndsTheLongPollItForwarded() throws Exception {
        try (ServerSocket runtimeApi = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                HttpClient function = HttpClient.newHttpClient()) {
            RuntimeApiRelay relay = new RuntimeApiRelay("localhost:" + runtimeApi.getLocalPort());
            function.sendAsync(HttpRequest.newBuilder(
                    URI.create("http://" + relay.runtimeApi() + "/2018-06-01/runtime/invocation/next")).build(),
                    HttpResponse.BodyHandlers.discarding());
            try (Socket poll = runtimeApi.accept()) {
                String request = readHead(poll.getInputStream());
                assertTrue(request.startsWith("GET /2018-06-01/runtime/invocation/next "), request);
                // the poll waits for an event that never comes, as the mock's does when the test class ends

                relay.close();

                // already closed when close() returns, not some time later: the test stops its Runtime API next
                poll.setSoTimeout(1);
                assertEquals(-1, read(poll), "the Runtime API sees the poll's connection closed");
            }
        }
    }

    private static int read(Socket socket) {
        try {
            return socket.getInputStream().read();
        } catch (SocketTimeoutException e) {
            return 0; // still open
        } catch (IOException e) {
            return -1; // a reset: closed as well
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append(new String(new byte[] { (byte) b }, StandardCharsets.ISO_8859_1));
        }
        return head.toString();
    }
}
