package io.github.musicbutler.secrets;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The same flows at the most verbose, with the log written as the packaged function writes it in Lambda: one JSON
 * object per line (quarkus-logging-json), the invocation's fields and the exceptions' details included.
 */
@QuarkusTest
@TestProfile(NoSecretInTheJsonLogTest.EverythingLoggedAsJson.class)
class NoSecretInTheJsonLogTest extends NoSecretInTheLogTest {

    public static class EverythingLoggedAsJson extends EverythingLogged {

        @Override
        protected boolean json() {
            return true;
        }
    }
}
