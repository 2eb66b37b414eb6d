package io.github.musicbutler.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * AWS' published Signature Version 4 test suite ({@code aws-sig-v4-test-suite}), the cases the skill's requests
 * resemble: its credentials, date, region and service. Every expected signature is the suite's, never one this class
 * computed: the cases with a body ({@code post-x-www-form-urlencoded*}) hold the signed payload to AWS' own answer.
 */
class SigV4Test {

    private static final AwsCredentials SUITE = new AwsCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", null);
    private static final String SUITE_TOKEN = "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==";

    @Test
    void getVanilla() {
        assertEquals("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                + "SignedHeaders=host;x-amz-date, "
                + "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
                SigV4.authorization("GET", "/", Map.of("Host", "example.amazonaws.com", "X-Amz-Date", "20150830T123600Z"),
                        new byte[0], SUITE, "us-east-1", "service"));
    }

    @Test
    void postWithTheSessionTokenSigned() {
        assertEquals("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                + "SignedHeaders=host;x-amz-date;x-amz-security-token, "
                + "Signature=85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead",
                SigV4.authorization("POST", "/", Map.of("Host", "example.amazonaws.com", "X-Amz-Date", "20150830T123600Z",
                        "X-Amz-Security-Token", SUITE_TOKEN), new byte[0], SUITE, "us-east-1", "service"));
    }

    /**
     * {@code post-x-www-form-urlencoded}: the body {@code Param1=value1} is signed through its SHA-256 (the suite's
     * canonical request ends in {@code 9095672b…0b6e}); a request signed with any other payload hash gets another
     * signature.
     */
    @Test
    void postWithAFormBody() {
        assertEquals("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                + "SignedHeaders=content-type;host;x-amz-date, "
                + "Signature=ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a",
                SigV4.authorization("POST", "/", Map.of("Content-Type", "application/x-www-form-urlencoded",
                        "Host", "example.amazonaws.com", "X-Amz-Date", "20150830T123600Z"),
                        "Param1=value1".getBytes(StandardCharsets.UTF_8), SUITE, "us-east-1", "service"));
    }

    /**
     * {@code post-x-www-form-urlencoded-parameters}: the same body, with a content type that has a parameter (the
     * case as AWS' SDK for JavaScript states it in its copy of the suite).
     */
    @Test
    void postWithAFormBodyAndAContentTypeParameter() {
        assertEquals("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                + "SignedHeaders=content-type;host;x-amz-date, "
                + "Signature=1a72ec8f64bd914b0e42e42607c7fbce7fb2c7465f63e3092b3b0d39fa77a6fe",
                SigV4.authorization("POST", "/", Map.of("Content-Type", "application/x-www-form-urlencoded; charset=utf8",
                        "Host", "example.amazonaws.com", "X-Amz-Date", "20150830T123600Z"),
                        "Param1=value1".getBytes(StandardCharsets.UTF_8), SUITE, "us-east-1", "service"));
    }

    @Test
    void hostHeaderNamesThePortOnlyWhenItIsNotTheSchemesDefault() {
        assertEquals("ssm.eu-west-1.amazonaws.com", ParameterStore.hostHeader(java.net.URI.create("https://ssm.eu-west-1.amazonaws.com")));
        assertEquals("ssm.eu-west-1.amazonaws.com", ParameterStore.hostHeader(java.net.URI.create("https://ssm.eu-west-1.amazonaws.com:443")));
        assertEquals("localhost:4566", ParameterStore.hostHeader(java.net.URI.create("http://localhost:4566")));
    }
}
