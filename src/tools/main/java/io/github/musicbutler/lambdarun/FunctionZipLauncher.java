package io.github.musicbutler.lambdarun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.quarkus.test.common.ArtifactLauncher;
import io.quarkus.test.common.ListeningAddress;
import io.quarkus.test.junit.launcher.ArtifactLauncherProvider;

/**
 * Lets {@code @QuarkusIntegrationTest} classes test the deployable {@code function.zip}, JVM or native, as Lambda runs
 * it ({@link LocalLambda}): the JVM zip with Amazon's Runtime Interface Client, the handler string Terraform
 * configures and the runtime's default JVM options, as the {@code java21} runtime does (Quarkus 3.34 starts its
 * Lambda poll loop only in native executables, so the jar Quarkus would launch never asks for an event); the native
 * zip's {@code bootstrap}, as {@code provided.al2023} does. Either way the function reaches the Runtime API Quarkus already serves for the test
 * (the mock event server, {@code quarkus-internal.aws-lambda.test-api}) only through {@code AWS_LAMBDA_RUNTIME_API}
 * and a {@link RuntimeApiRelay}, which answers error reports as Lambda does, so the tests send their events exactly as
 * they do to an in-process {@code @QuarkusTest}.
 * <p>
 * The function's standard output and error, what Lambda sends to CloudWatch Logs, go to {@code target/quarkus.log}
 * (rewritten at each start), where the tests read them ({@code LogCapture}). Quarkus' own native launcher would not
 * do: it turns on Quarkus' file log ({@code -Dquarkus.log.file.enabled=true}, {@code -Dquarkus.log.file.path=
 * target/quarkus.log}) and copies the process' output to the test's own console, so the tests would read log records
 * formatted by the file handler and never see what the function prints, its metrics records among them.
 * <p>
 * The test's configuration (test resources such as the fake Spotify, the test profile's overrides) reaches the
 * function as a deployment gives it: the skill's settings ({@code alexa.*}, {@code spotify.*}) as the environment
 * variables Terraform sets ({@code ALEXA_SKILL_ID}, {@code SPOTIFY_API_URL}, …), so these tests also prove the public
 * configuration names; Quarkus' own test settings as system properties.
 */
public final class FunctionZipLauncher implements ArtifactLauncher<ArtifactLauncher.InitContext> {

    /** Where Quarkus' test Lambda Runtime API listens, as {@code host:port/path}. */
    static final String TEST_RUNTIME_API = "quarkus-internal.aws-lambda.test-api";

    private final Path functionZip;
    private final Map<String, String> systemProperties = new LinkedHashMap<>();
    private RuntimeApiRelay relay;
    private LocalLambda lambda;

    FunctionZipLauncher(Path functionZip, Map<String, String> devServicesProperties) {
        this.functionZip = functionZip;
        systemProperties.putAll(devServicesProperties);
    }

    @Override
    public void init(InitContext context) {
        // Quarkus' own providers call init from their create(); everything this launcher needs comes with create()
        // and includeAsSysProps()
    }

    @Override
    public void includeAsSysProps(Map<String, String> properties) {
        systemProperties.putAll(properties);
    }

    @Override
    public Optional<ListeningAddress> start() {
        String runtimeApi = systemProperties.get(TEST_RUNTIME_API);
        if (runtimeApi == null) {
            throw new IllegalStateException("Quarkus did not start its test Lambda Runtime API ('" + TEST_RUNTIME_API
                    + "' is not set): is quarkus-amazon-lambda on the class path?");
        }
        relay = new RuntimeApiRelay(runtimeApi);
        LocalLambda.Builder builder = LocalLambda.builder()
                .artifact(functionZip)
                .lambdaJvmDefaults()
                .runtimeApi(relay.runtimeApi())
                .logFile(functionZip.resolveSibling("quarkus.log"));
        systemProperties.forEach((name, value) -> {
            if (isSkillSetting(name)) {
                builder.env(environmentName(name), value);
            } else if (!name.equals(TEST_RUNTIME_API)) {
                // the Runtime API only through AWS_LAMBDA_RUNTIME_API, as on Lambda: given this property, a native
                // executable would poll the mock event server directly, in Quarkus' test mode
                builder.systemProperty(name, value);
            }
        });
        lambda = builder.build().start();
        // The function listens on nothing, it polls; the tests reach it through the Runtime API's port, and Quarkus
        // points REST Assured at the address returned here.
        return Optional.of(new ListeningAddress(port(runtimeApi), "http"));
    }

    /** The skill's own settings, which Terraform gives the function as environment variables ({@code ALEXA_SKILL_ID}, …). */
    static boolean isSkillSetting(String property) {
        return property.startsWith("alexa.") || property.startsWith("spotify.");
    }

    /** MicroProfile Config's rule: {@code spotify.api-url} is {@code SPOTIFY_API_URL}. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static int port(String hostPortPath) {
        String hostPort = hostPortPath.split("/", 2)[0];
        return Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1));
    }

    @Override
    public LaunchResult runToCompletion(String[] args) {
        throw new UnsupportedOperationException("a Lambda function is not a command line application");
    }

    @Override
    public void close() {
        if (lambda != null) {
            lambda.close();
        }
        if (relay != null) {
            relay.close();
        }
    }

    /**
     * Chosen by Quarkus for a JVM or a native build ({@code type=jar} or {@code native} in
     * {@code quarkus-artifact.properties}) before its own launchers, as this project's classes come first on the test
     * class path.
     */
    public static final class Provider implements ArtifactLauncherProvider {

        @Override
        public boolean supportsArtifactType(String type, String testProfile) {
            return "jar".equals(type) || "native".equals(type);
        }

        @Override
        public ArtifactLauncher<? extends InitContext> create(CreateContext context) {
            Path functionZip = context.buildOutputDirectory().resolve("function.zip");
            if (!Files.isRegularFile(functionZip)) {
                throw new IllegalStateException(functionZip + " is missing: integration tests run after ./mvnw package");
            }
            return new FunctionZipLauncher(functionZip, context.devServicesLaunchResult().properties());
        }
    }
}
