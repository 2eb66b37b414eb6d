package io.github.musicbutler.coldstart;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One way to start the function. JVM modes differ only in java options (which a Lambda user sets through
 * {@code JAVA_TOOL_OPTIONS}); archive modes first need a training run that writes their archive.
 */
public record Mode(String name, String description, boolean nativeExecutable, List<String> jvmOptions,
        Archive archive, boolean reference) {

    /** A class-data archive written by a training run of the real function. */
    public enum Archive {
        /** AppCDS, JDK 13+: {@code -XX:ArchiveClassesAtExit} while training, {@code -XX:SharedArchiveFile} after. */
        APP_CDS("app.jsa", "-XX:ArchiveClassesAtExit=", "-XX:SharedArchiveFile="),
        /** JDK 25 AOT cache (JEPs 483, 514, 515): classes loaded and linked, method profiles, in one file. */
        AOT_CACHE("app.aot", "-XX:AOTCacheOutput=", "-XX:AOTCache=");

        final String fileName;
        private final String trainingOption;
        private final String runOption;

        Archive(String fileName, String trainingOption, String runOption) {
            this.fileName = fileName;
            this.trainingOption = trainingOption;
            this.runOption = runOption;
        }

        public String trainingOption(Path file) {
            return trainingOption + file;
        }

        public String runOption(Path file) {
            return runOption + file;
        }
    }

    public static Mode jvm(String name, String description, String... options) {
        return new Mode(name, description, false, List.of(options), null, false);
    }

    /** Not this skill: the yardstick other functions are compared with (see {@code PlainAskSdkFunction}). */
    public static Mode reference(String name, String description, String... options) {
        return new Mode(name, description, false, List.of(options), null, true);
    }

    public static Mode archived(String name, String description, Archive archive, String... options) {
        return new Mode(name, description, false, List.of(options), archive, false);
    }

    public static Mode nativeMode() {
        return new Mode("native", "GraalVM native executable (`bootstrap`, provided.al2023)", true, List.of(), null, false);
    }

    public boolean needsTraining() {
        return archive != null;
    }

    /** Where this mode's archive lives in the benchmark's working directory. */
    public Path archiveFile(Path workDir) {
        return workDir.resolve(name + "-" + archive.fileName);
    }

    /** The java options of a measured run. */
    public List<String> runOptions(Path workDir) {
        List<String> options = new ArrayList<>(jvmOptions);
        if (archive != null) {
            options.add(archive.runOption(archiveFile(workDir)));
        }
        return options;
    }

    /** The java options of the training run that writes the archive. */
    public List<String> trainingOptions(Path workDir) {
        List<String> options = new ArrayList<>(jvmOptions);
        options.add(archive.trainingOption(archiveFile(workDir)));
        return options;
    }
}
