package io.github.musicbutler.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.amazon.ask.model.RequestEnvelope;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * A native image only lets Jackson see what was registered for reflection. The project registers the ASK model by
 * indexing the {@code ask-sdk-model} artifact, so that quarkus-jackson registers, from their annotations, every
 * {@code @JsonDeserialize} class with its builder, every {@code @JsonSubTypes} subtype and every {@code @JsonCreator}
 * enum. These tests guard both halves of that: the artifact is indexed, and the model is still annotated the way
 * quarkus-jackson understands (an SDK upgrade that changed it would fail here, not in production).
 */
class AskModelNativeRegistrationTest {

    private static final DotName JSON_PROPERTY = DotName.createSimple(JsonProperty.class);
    private static final DotName JSON_DESERIALIZE = DotName.createSimple(JsonDeserialize.class);
    private static final DotName JSON_SUBTYPES = DotName.createSimple(JsonSubTypes.class);
    private static final DotName JSON_CREATOR = DotName.createSimple(JsonCreator.class);

    private static Index model;

    @BeforeAll
    static void indexTheAskModel() throws IOException, URISyntaxException {
        Path jar = Path.of(RequestEnvelope.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Indexer indexer = new Indexer();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (var entry : file.stream().filter(e -> e.getName().startsWith("com/amazon/ask/model/")
                    && e.getName().endsWith(".class")).toList()) {
                try (InputStream in = file.getInputStream(entry)) {
                    indexer.index(in);
                }
            }
        }
        model = indexer.complete();
    }

    @Test
    void askModelArtifactIsIndexedForQuarkus() throws IOException {
        Properties config = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
            config.load(in);
        }
        String prefix = config.stringPropertyNames().stream()
                .filter(key -> key.startsWith("quarkus.index-dependency.") && key.endsWith(".artifact-id"))
                .filter(key -> config.getProperty(key).equals("ask-sdk-model"))
                .map(key -> key.substring(0, key.length() - "artifact-id".length()))
                .findFirst().orElse(null);
        assertTrue(prefix != null, "application.properties must index com.amazon.alexa:ask-sdk-model");
        assertEquals("com.amazon.alexa", config.getProperty(prefix + "group-id"));
    }

    @Test
    void everyConcreteModelClassIsReadThroughAnAnnotatedBuilder() {
        List<String> unregistered = modelClasses().stream()
                .filter(c -> !Modifier.isAbstract(c.flags()) && !c.isInterface() && !c.isEnum())
                .filter(c -> !c.name().local().endsWith("Builder"))
                .filter(c -> c.declaredAnnotation(JSON_DESERIALIZE) == null
                        || c.declaredAnnotation(JSON_DESERIALIZE).value("builder") == null)
                .map(c -> c.name().toString())
                .toList();

        assertEquals(List.of(), unregistered);
    }

    @Test
    void everyAbstractModelTypeNamesItsSubtypes() {
        List<String> unregistered = modelClasses().stream()
                .filter(c -> Modifier.isAbstract(c.flags()) && !c.isEnum())
                .filter(c -> c.declaredAnnotation(JSON_SUBTYPES) == null && c.declaredAnnotation(JSON_DESERIALIZE) == null)
                .map(c -> c.name().toString())
                .toList();

        assertEquals(List.of(), unregistered);
    }

    @Test
    void everyModelEnumIsReadThroughAJsonCreator() {
        List<String> unregistered = model.getKnownClasses().stream()
                .filter(ClassInfo::isEnum)
                .filter(c -> c.annotations(JSON_CREATOR).isEmpty())
                .map(c -> c.name().toString())
                .toList();

        assertEquals(List.of(), unregistered);
    }

    @Test
    void theWholeEnvelopeTreeIsCovered() {
        assertTrue(modelClasses().size() > 300, "expected the whole ASK model, found " + modelClasses().size());
    }

    /** Classes Jackson maps: those with {@code @JsonProperty} members, builders excluded. */
    private static List<ClassInfo> modelClasses() {
        return model.getAnnotations(JSON_PROPERTY).stream()
                .map(AnnotationInstance::target)
                .map(target -> switch (target.kind()) {
                    case FIELD -> target.asField().declaringClass();
                    case METHOD -> target.asMethod().declaringClass();
                    case METHOD_PARAMETER -> target.asMethodParameter().method().declaringClass();
                    default -> null;
                })
                .filter(c -> c != null && !c.name().local().endsWith("Builder") && !c.isEnum())
                .distinct()
                .toList();
    }
}
