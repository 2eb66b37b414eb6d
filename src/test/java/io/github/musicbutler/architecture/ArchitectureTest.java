package io.github.musicbutler.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import io.github.musicbutler.dialogue.Question;

/**
 * The rule of who may import whom, as drawn in {@code docs/architecture.md}, checked over the compiled product
 * classes (tests and tools excluded). A change that breaks it fails here, naming the offending dependency.
 */
class ArchitectureTest {

    static final String ROOT = "io.github.musicbutler";

    /** The product's classes as Maven compiled them (src/main/java only: no test, no tool). */
    static final JavaClasses PRODUCT = new ClassFileImporter().importPath(Path.of("target", "classes"));

    /** The product's layers, from the Lambda entry down to the foundations; each may use only those below it. */
    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Entry").definedBy(ROOT + ".lambda..")
            .layer("Features").definedBy(ROOT + ".catalog..", ROOT + ".conversation..", ROOT + ".devices..",
                    ROOT + ".library..", ROOT + ".player..", ROOT + ".playlists..", ROOT + ".podcasts..",
                    ROOT + ".toplists..")
            .layer("Conversation").definedBy(ROOT + ".dialogue..", ROOT + ".linking..", ROOT + ".reply..",
                    ROOT + ".screens..")
            .layer("Skill").definedBy(ROOT + ".skill..")
            .layer("Spotify").definedBy(ROOT + ".spotify..", ROOT + ".secrets..", ROOT + ".http..")
            .layer("Foundations").definedBy(ROOT + ".i18n..", ROOT + ".matching..", ROOT + ".settings..", ROOT + ".telemetry..")
            .whereLayer("Entry").mayNotBeAccessedByAnyLayer()
            .whereLayer("Features").mayOnlyBeAccessedByLayers("Features")
            .whereLayer("Conversation").mayOnlyBeAccessedByLayers("Entry", "Features")
            .whereLayer("Skill").mayOnlyBeAccessedByLayers("Entry", "Features", "Conversation")
            .whereLayer("Spotify").mayOnlyBeAccessedByLayers("Entry", "Features", "Conversation", "Skill")
            .whereLayer("Foundations").mayOnlyBeAccessedByLayers("Entry", "Features", "Conversation", "Skill",
                    "Spotify");

    /** No package imports one that imports it back, directly or round a longer loop. */
    static final ArchRule NO_LOOPS = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

    /** Inside the Spotify layer: the HTTP plumbing knows no user of it, the secrets know only the plumbing. */
    static final ArchRule SPOTIFY_LAYER_INSIDE = noClasses().that().resideInAnyPackage(ROOT + ".http..", ROOT + ".secrets..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".spotify..");

    /** Mutiny is how the Spotify layer waits; above it, calls return their results. */
    static final ArchRule MUTINY_STAYS_INSIDE = noClasses().that().resideOutsideOfPackages(ROOT + ".spotify..",
            ROOT + ".secrets..", ROOT + ".http..")
            .should().dependOnClassesThat().resideInAPackage("io.smallrye.mutiny..");

    /**
     * What a question keeps in the session is the feature's own small record: never a Spotify record, whose wire
     * format would become the session format.
     */
    static final ArchRule SESSION_STATE_IS_OUR_OWN = classes().that().implement(Question.class)
            .should(keepNoTypeFrom(ROOT + ".spotify"));

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        LAYERS.check(PRODUCT);
    }

    @Test
    void noPackageImportsOneThatImportsItBack() {
        NO_LOOPS.check(PRODUCT);
    }

    @Test
    void theHttpPlumbingAndTheSecretsDoNotKnowSpotify() {
        SPOTIFY_LAYER_INSIDE.check(PRODUCT);
    }

    @Test
    void mutinyStaysInsideTheSpotifyLayer() {
        MUTINY_STAYS_INSIDE.check(PRODUCT);
    }

    @Test
    void sessionStateHoldsNoSpotifyRecord() {
        SESSION_STATE_IS_OUR_OWN.check(PRODUCT);
    }

    /** Every record component, followed into our own nested records and type arguments, is of no type in {@code pkg}. */
    static ArchCondition<JavaClass> keepNoTypeFrom(String pkg) {
        return new ArchCondition<>("keep no type from " + pkg + " in the session") {
            @Override
            public void check(JavaClass question, ConditionEvents events) {
                Class<?> type = question.reflect();
                if (!type.isRecord()) {
                    events.add(SimpleConditionEvent.violated(question, question.getName() + " is not a record"));
                    return;
                }
                check(question, type, type.getSimpleName(), new HashSet<>(), events);
            }

            private void check(JavaClass question, Type type, String path, Set<Type> seen, ConditionEvents events) {
                if (!seen.add(type)) {
                    return;
                }
                if (type instanceof ParameterizedType parameterized) {
                    check(question, parameterized.getRawType(), path, seen, events);
                    for (Type argument : parameterized.getActualTypeArguments()) {
                        check(question, argument, path + "<>", seen, events);
                    }
                } else if (type instanceof Class<?> raw) {
                    if (raw.getPackageName().startsWith(pkg)) {
                        events.add(SimpleConditionEvent.violated(question,
                                question.getName() + " keeps " + raw.getName() + " in the session (at " + path + ")"));
                    } else if (raw.isRecord() && raw.getPackageName().startsWith(ROOT)) {
                        for (RecordComponent component : raw.getRecordComponents()) {
                            check(question, component.getGenericType(), path + "." + component.getName(), seen, events);
                        }
                    }
                }
            }
        };
    }
}
