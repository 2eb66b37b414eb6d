package io.github.musicbutler.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 for the one kind of request the skill sends to AWS: a POST of a JSON body to a service's
 * root path, without a query string (Parameter Store's {@code GetParameter}). Written by hand rather than taken from
 * the AWS SDK, which would add megabytes and a second HTTP stack to the function for one call; checked against
 * AWS' published test vectors ({@code SigV4Test}).
 */
final class SigV4 {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";

    private SigV4() {
    }

    /**
     * The {@code Authorization} header value for a request.
     *
     * @param headers every header to sign, including {@code host} and {@code x-amz-date} (and
     *                {@code x-amz-security-token} for temporary credentials); names in any case
     */
    static String authorization(String method, String path, Map<String, String> headers, byte[] payload,
            AwsCredentials credentials, String region, String service) {
        Map<String, String> canonical = new TreeMap<>();
        headers.forEach((name, value) -> canonical.put(name.toLowerCase(Locale.ROOT), value.strip().replaceAll(" +", " ")));
        String amzDate = canonical.get("x-amz-date");
        if (amzDate == null || amzDate.length() < 8 || !canonical.containsKey("host")) {
            throw new IllegalArgumentException("A signed request needs the headers host and x-amz-date");
        }
        String signedHeaders = String.join(";", canonical.keySet());
        String canonicalRequest = String.join("\n",
                method,
                path,
                "",
                canonical.entrySet().stream().map(h -> h.getKey() + ":" + h.getValue() + "\n").collect(Collectors.joining()),
                signedHeaders,
                hex(sha256(payload)));
        String scope = amzDate.substring(0, 8) + "/" + region + "/" + service + "/aws4_request";
        String stringToSign = String.join("\n", ALGORITHM, amzDate, scope,
                hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8))));
        byte[] key = ("AWS4" + credentials.secretAccessKey()).getBytes(StandardCharsets.UTF_8);
        for (String part : new String[] { amzDate.substring(0, 8), region, service, "aws4_request" }) {
            key = hmac(key, part);
        }
        return ALGORITHM + " Credential=" + credentials.accessKeyId() + "/" + scope
                + ", SignedHeaders=" + signedHeaders
                + ", Signature=" + hex(hmac(key, stringToSign));
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
