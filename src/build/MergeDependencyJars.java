import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a JVM {@code function.zip} so that its {@code lib/} holds one jar instead of one per dependency.
 *
 * <p>Lambda's Java runtime loads the function with a {@code URLClassLoader} over the task root and every
 * {@code lib/*.jar}: each class the function loads is looked for jar after jar, and every {@code ServiceLoader} lookup
 * opens all of them. Quarkus' {@code function.zip} has about 140 jars; with one, the same function's first answer
 * comes about 7 % sooner and costs 7 % less CPU (docs/cold-start.md). The dependencies stay a jar inside
 * {@code lib/}, so Lambda still unpacks a handful of files, not thousands of classes.
 *
 * <p>Rules: jars are read in name order; {@code META-INF/services/*} files are concatenated (each provider once);
 * jar indexes ({@code INDEX.LIST}: Java 21 would trust one jar's index for the whole merged jar), signatures and
 * {@code module-info.class} are dropped; the merged manifest is {@code Multi-Release: true} when an input jar was, so
 * {@code META-INF/versions/} keeps working; any other resource found twice keeps its first copy (licences, notices,
 * build-time metadata); the same class file, or a {@code META-INF/microprofile-config.properties}, in two jars stops
 * the build, because which one counts would then depend on the merge order. The merged jar's entries are stored
 * uncompressed, because function.zip compresses the jar as a whole, and all carry one timestamp, so the same jars
 * always merge into the same bytes. Root entries (the function's own classes) are left as they are. A zip without, or
 * with a single, {@code lib/*.jar} (a native build) is left untouched.
 *
 * <p>Run by the build ({@code pom.xml}, {@code package} phase) with the JDK alone:
 * {@code java src/build/MergeDependencyJars.java target/function.zip [<timestamp>]}, the timestamp being Maven's
 * {@code project.build.outputTimestamp}. {@code FinishFunctionZip} then makes function.zip itself reproducible.
 */
public final class MergeDependencyJars {

    static final String MERGED = "lib/dependencies.jar";
    /** Resources the runtime reads from every jar that has one: keeping only the first would change behaviour. */
    static final Set<String> READ_FROM_EVERY_JAR = Set.of("META-INF/microprofile-config.properties");
    /** Without a timestamp argument: well inside the range of the zip format's own (DOS) time stamps, which start in 1980. */
    static final Instant DEFAULT_TIME = Instant.parse("1980-02-01T00:00:00Z");

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: java MergeDependencyJars.java <function.zip> [<timestamp: ISO-8601 instant or epoch seconds>]");
            System.exit(2);
        }
        Path zip = Path.of(args[0]);
        if (!Files.isRegularFile(zip)) {
            System.err.println("[merge-dependency-jars] no " + zip + ": nothing to merge");
            return;
        }
        try {
            System.out.println("[merge-dependency-jars] " + merge(zip, args.length == 2 ? timestamp(args[1]) : DEFAULT_TIME));
        } catch (MergeConflict e) {
            System.err.println("[merge-dependency-jars] " + e.getMessage());
            System.exit(1);
        }
    }

    /** Maven's {@code project.build.outputTimestamp} formats: an ISO-8601 instant or seconds since the epoch. */
    static Instant timestamp(String value) {
        try {
            return value.chars().allMatch(Character::isDigit) ? Instant.ofEpochSecond(Long.parseLong(value)) : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a timestamp (ISO-8601 instant or epoch seconds): " + value, e);
        }
    }

    /** Merges {@code lib/*.jar} of {@code zip} in place, every merged entry at {@code time}, and says what it did. */
    static String merge(Path zip, Instant time) throws IOException {
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()),
                Map.of("enablePosixFileAttributes", "true"))) {
            Path lib = fs.getPath("/lib");
            if (!Files.isDirectory(lib)) {
                return zip + " has no lib/: nothing to merge";
            }
            List<Path> jars;
            try (Stream<Path> files = Files.list(lib)) {
                jars = files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
            }
            if (jars.size() < 2) {
                return zip + " has " + jars.size() + " jar(s) in lib/: nothing to merge";
            }
            Merged merged = new Merged(LocalDateTime.ofInstant(time, ZoneOffset.UTC));
            for (Path jar : jars) {
                merged.add(jar.getFileName().toString(), Files.readAllBytes(jar));
            }
            byte[] bytes = merged.toJar();
            for (Path jar : jars) {
                Files.delete(jar);
            }
            Path target = fs.getPath("/" + MERGED);
            Files.write(target, bytes);
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
            return "%s: %d jars in lib/ merged into %s (%d entries, %d services files combined, %d duplicate resources kept once)"
                    .formatted(zip, jars.size(), MERGED, merged.entries.size(), merged.services.size(), merged.duplicates);
        }
    }

    /** The same class in two jars: which one the function would run is not something a merge may decide. */
    static final class MergeConflict extends IOException {
        MergeConflict(String message) {
            super(message);
        }
    }

    static final class Merged {

        final LocalDateTime time;
        final Map<String, byte[]> entries = new LinkedHashMap<>();
        final Map<String, String> origin = new TreeMap<>();
        final Map<String, Set<String>> services = new TreeMap<>();
        boolean multiRelease;
        int duplicates;

        Merged(LocalDateTime time) {
            this.time = time;
        }

        void add(String jarName, byte[] jar) throws IOException {
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                    String name = entry.getName();
                    if (entry.isDirectory()) {
                        entries.putIfAbsent(name, null);
                    } else if (name.equals("META-INF/MANIFEST.MF")) {
                        multiRelease |= isMultiRelease(in.readAllBytes());
                    } else if (name.startsWith("META-INF/services/") && !name.endsWith("/")) {
                        services.computeIfAbsent(name, n -> new LinkedHashSet<>()).addAll(providers(in.readAllBytes()));
                    } else if (!dropped(name)) {
                        addResource(jarName, name, in.readAllBytes());
                    }
                }
            }
        }

        private void addResource(String jarName, String name, byte[] content) throws MergeConflict {
            String first = origin.putIfAbsent(name, jarName);
            if (first == null) {
                entries.put(name, content);
            } else if (name.endsWith(".class") || READ_FROM_EVERY_JAR.contains(name)) {
                throw new MergeConflict(name + " is in both " + first + " and " + jarName);
            } else {
                duplicates++;
            }
        }

        byte[] toJar() throws IOException {
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.getMainAttributes().put(new Attributes.Name("Created-By"), "MergeDependencyJars (Music Butler build)");
            if (multiRelease) {
                manifest.getMainAttributes().put(Attributes.Name.MULTI_RELEASE, "true");
            }
            ByteArrayOutputStream manifestBytes = new ByteArrayOutputStream();
            manifest.write(manifestBytes);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JarOutputStream out = new JarOutputStream(bytes)) {
                putStored(out, "META-INF/", null);
                putStored(out, JarFile.MANIFEST_NAME, manifestBytes.toByteArray());
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    if (!entry.getKey().equals("META-INF/")) {
                        putStored(out, entry.getKey(), entry.getValue());
                    }
                }
                for (Map.Entry<String, Set<String>> service : services.entrySet()) {
                    putStored(out, service.getKey(),
                            (String.join("\n", service.getValue()) + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            return bytes.toByteArray();
        }

        /**
         * Entries are stored, not deflated: function.zip compresses the whole jar once (it even comes out smaller), and
         * the function then reads its classes without inflating each one, about 100 ms sooner to its first answer
         * (docs/cold-start.md).
         */
        private void putStored(ZipOutputStream out, String name, byte[] content) throws IOException {
            byte[] bytes = content == null ? new byte[0] : content;
            CRC32 crc = new CRC32();
            crc.update(bytes);
            ZipEntry entry = new ZipEntry(name);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(bytes.length);
            entry.setCompressedSize(bytes.length);
            entry.setCrc(crc.getValue());
            // Local date-time fields, not an instant: the bytes do not depend on the machine's time zone.
            entry.setTimeLocal(time);
            out.putNextEntry(entry);
            out.write(bytes);
            out.closeEntry();
        }

        private static boolean dropped(String name) {
            String upper = name.toUpperCase(Locale.ROOT);
            return upper.equals("META-INF/INDEX.LIST")
                    || name.equals("module-info.class") || name.endsWith("/module-info.class")
                    || upper.startsWith("META-INF/") && !upper.substring(9).contains("/")
                            && (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
        }

        private static boolean isMultiRelease(byte[] manifest) {
            try {
                return "true".equalsIgnoreCase(new Manifest(new ByteArrayInputStream(manifest)).getMainAttributes()
                        .getValue(Attributes.Name.MULTI_RELEASE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Provider class names, comments and blank lines left out (the ServiceLoader file format). */
        private static List<String> providers(byte[] file) {
            List<String> names = new ArrayList<>();
            for (String line : new String(file, StandardCharsets.UTF_8).split("\\R")) {
                int comment = line.indexOf('#');
                String name = (comment < 0 ? line : line.substring(0, comment)).strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
            return names;
        }
    }

    private MergeDependencyJars() {
    }
}
