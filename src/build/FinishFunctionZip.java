import java.io.IOException;
import java.io.InputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The last packaging step: makes {@code function.zip} reproducible and writes {@code function.zip.json} beside it, the
 * manifest the Terraform module reads to refuse a zip that does not match its {@code packaging} and
 * {@code architecture}.
 *
 * <p>Reproducible: Quarkus writes the zip's entries in file-system order with the build's clock and mixed permission
 * styles, so every build had a new hash, and every {@code terraform apply} a new Lambda version (and SnapStart snapshot).
 * The zip is rewritten with its entries in name order, every entry at one timestamp (Maven's
 * {@code project.build.outputTimestamp}; written as UTC, so the machine's time zone does not matter), directories
 * {@code rwxr-xr-x}, files {@code rwxr-xr-x} when they were executable and {@code rw-r--r--} otherwise: Lambda runs the
 * code as another user than the owner, so everything must be readable by all. Contents are not touched.
 *
 * <p>Described: a root {@code bootstrap} makes a native zip ({@code provided.al2023}); its ELF header says the CPU
 * ({@code x86_64} or {@code arm64}; a script runs on both). {@code lib/*.jar} without a {@code bootstrap} makes a JVM
 * zip, which runs on both. The manifest also records the zip's SHA-256, so a zip changed after the build (a manifest
 * describing another zip) is refused too. Anything else stops the build.
 *
 * <p>Identified by its inputs: given the project folder and the file listing the resolved runtime dependencies
 * ({@code maven-dependency-plugin}'s {@code build-classpath}), the manifest also records {@code inputs_sha256}, the
 * SHA-256 of {@code function.zip.inputs.txt}, a listing written beside the zip: the build JDK's version and vendor, the
 * packaging, architectures and dependency layout read from the zip, the SHA-256 of every file of {@code pom.xml},
 * {@code .mvn/}, {@code src/main/} and {@code src/build/}, and of every dependency jar (by file name, in Maven's
 * order). Terraform deploys a new version only when that hash changes, not when the zip's bytes do: two builds of one
 * commit still differ in a few classes Quarkus 3.34 generates (README, "Build for AWS Lambda"). The hash is a function
 * of the inputs alone: paths are relative (dependencies by file name, not by local repository), nothing depends on
 * the clock, the machine or the file system's order. Comparing two listings ({@code diff}) says why a build deploys.
 *
 * <p>Run by the build ({@code pom.xml}, {@code package} phase, after {@code MergeDependencyJars}) with the JDK alone:
 * {@code java src/build/FinishFunctionZip.java target/function.zip [<timestamp> [<project folder> <classpath file>]]}.
 * Run it the same way on a zip from elsewhere (for example an earlier version downloaded from Lambda) before deploying
 * it with Terraform; without inputs the manifest has no {@code inputs_sha256} and Terraform goes by the zip's hash.
 */
public final class FinishFunctionZip {

    /** Manifest format; the Terraform module refuses other formats. */
    static final int FORMAT = 1;
    /** Without a timestamp argument: well inside the range of the zip format's own (DOS) time stamps, which start in 1980. */
    static final Instant DEFAULT_TIME = Instant.parse("1980-02-01T00:00:00Z");
    static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");
    static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

    /** The folders and files of the project that go into the build, relative to the project folder. */
    static final List<String> INPUT_FILES = List.of("pom.xml", ".mvn", "src/main", "src/build");

    record Description(String packaging, List<String> architectures, String sha256, String inputsSha256) {

        Description(String packaging, List<String> architectures, String sha256) {
            this(packaging, architectures, sha256, null);
        }

        Description withInputs(String inputsSha256) {
            return new Description(packaging, architectures, sha256, inputsSha256);
        }

        String json() {
            return """
                    {
                      "format": %d,
                      "packaging": "%s",
                      "architectures": [%s],
                      "sha256": "%s"%s
                    }
                    """.formatted(FORMAT, packaging, String.join(", ", architectures.stream().map(a -> '"' + a + '"').toList()),
                    sha256, inputsSha256 == null ? "" : ",\n  \"inputs_sha256\": \"" + inputsSha256 + '"');
        }
    }

    /** Where the build's inputs are: the project folder and the file listing the runtime dependency jars. */
    record Inputs(Path project, Path classpathFile) {
    }

    /** A zip that is neither of the two kinds the module deploys. */
    static final class NotAFunctionZip extends IOException {
        NotAFunctionZip(String message) {
            super(message);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 4 || args.length == 3) {
            System.err.println("usage: java FinishFunctionZip.java <function.zip> [<timestamp: ISO-8601 instant or epoch seconds>"
                    + " [<project folder> <file with the runtime classpath>]]");
            System.exit(2);
        }
        Path zip = Path.of(args[0]);
        if (!Files.isRegularFile(zip)) {
            System.err.println("[finish-function-zip] no " + zip + ": nothing to finish");
            return;
        }
        try {
            Inputs inputs = args.length == 4 ? new Inputs(Path.of(args[2]), Path.of(args[3])) : null;
            Description description = finish(zip, args.length >= 2 ? timestamp(args[1]) : DEFAULT_TIME, inputs);
            System.out.println("[finish-function-zip] " + zip + ": " + description.packaging() + " for "
                    + String.join(" or ", description.architectures()) + ", entries in name order at one timestamp, sha256 "
                    + description.sha256() + (inputs == null ? ", no inputs given" : ", inputs_sha256 " + description.inputsSha256()
                            + " (listed in " + inputsOf(zip).getFileName() + ")")
                    + ", described in " + manifestOf(zip).getFileName());
        } catch (NotAFunctionZip e) {
            System.err.println("[finish-function-zip] " + e.getMessage());
            System.exit(1);
        }
    }

    /** Rewrites {@code zip} reproducibly and writes its manifest; returns what the manifest says. */
    static Description finish(Path zip, Instant time, Inputs inputs) throws IOException {
        // A manifest or listing left from an earlier build must not outlive a zip this step refuses, nor describe
        // a zip from elsewhere.
        Files.deleteIfExists(manifestOf(zip));
        Files.deleteIfExists(inputsOf(zip));
        repack(zip, time);
        Description description = describe(zip);
        if (inputs != null) {
            String listing = listInputs(inputs, description, merged(zip));
            Files.writeString(inputsOf(zip), listing, StandardCharsets.UTF_8);
            description = description.withInputs(sha256(listing.getBytes(StandardCharsets.UTF_8)));
        }
        Files.writeString(manifestOf(zip), description.json(), StandardCharsets.UTF_8);
        return description;
    }

    static Path manifestOf(Path zip) {
        return zip.resolveSibling(zip.getFileName() + ".json");
    }

    static Path inputsOf(Path zip) {
        return zip.resolveSibling(zip.getFileName() + ".inputs.txt");
    }

    /**
     * One line per input, in a fixed order: what the build ran with and on, then every project file and dependency jar
     * with its SHA-256. Its own SHA-256 identifies the build.
     */
    static String listInputs(Inputs inputs, Description description, boolean merged) throws IOException {
        StringBuilder listing = new StringBuilder();
        listing.append("# Inputs of this function.zip (src/build/FinishFunctionZip.java); inputs_sha256 in function.zip.json is")
                .append(" the SHA-256 of this text.\n");
        listing.append("jdk ").append(Runtime.version()).append(' ').append(System.getProperty("java.vendor")).append('\n');
        listing.append("packaging ").append(description.packaging()).append('\n');
        listing.append("architectures ").append(String.join(" ", description.architectures())).append('\n');
        if (description.packaging().equals("jvm")) {
            listing.append("dependency-layout ").append(merged ? "merged (lib/dependencies.jar)" : "quarkus (lib/*.jar)").append('\n');
        }
        Path project = inputs.project().toAbsolutePath().normalize();
        for (String name : INPUT_FILES) {
            Path root = project.resolve(name);
            for (Path file : filesIn(root)) {
                listing.append("file ").append(sha256(file)).append(' ')
                        .append(project.relativize(file).toString().replace(File.separatorChar, '/')).append('\n');
            }
        }
        String classpath = Files.readString(inputs.classpathFile(), StandardCharsets.UTF_8).strip();
        for (String element : classpath.isEmpty() ? new String[0] : classpath.split(File.pathSeparator)) {
            Path entry = Path.of(element);
            if (!Files.exists(entry)) {
                throw new IOException("the runtime classpath in " + inputs.classpathFile() + " names " + entry + ", which does not exist");
            }
            // A jar by its file name (artifact and version), not by where the local repository is.
            for (Path file : filesIn(entry)) {
                String name = Files.isDirectory(entry) ? entry.getFileName() + "/" + entry.relativize(file).toString().replace(File.separatorChar, '/')
                        : entry.getFileName().toString();
                listing.append("dependency ").append(sha256(file)).append(' ').append(name).append('\n');
            }
        }
        return listing.toString();
    }

    /** The regular files at or under {@code root} in name order (none when it does not exist). */
    private static List<Path> filesIn(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
            files.sort((a, b) -> root.relativize(a).toString().replace(File.separatorChar, '/')
                    .compareTo(root.relativize(b).toString().replace(File.separatorChar, '/')));
            return files;
        }
    }

    private static boolean merged(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.getEntry("lib/dependencies.jar") != null;
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

    static void repack(Path zip, Instant time) throws IOException {
        // zipfs writes an entry's DOS time in the default zone: UTC makes the bytes the same on every machine.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        FileTime fileTime = FileTime.from(time);
        Path repacked = zip.resolveSibling(zip.getFileName() + ".repack");
        Files.deleteIfExists(repacked);
        // Entries written without Unix permissions (Quarkus copies its runner jar's that way) count as not executable.
        try (FileSystem in = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", "true", "defaultPermissions", READABLE));
                FileSystem out = FileSystems.newFileSystem(repacked, Map.of("create", "true", "enablePosixFileAttributes", "true"))) {
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(in.getPath("/"))) {
                // A directory's name is a prefix of its children's, so it sorts before them and exists when they are written.
                paths = walk.filter(p -> p.getNameCount() > 0).sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
            }
            for (Path source : paths) {
                Path target = out.getPath(source.toString());
                boolean directory = Files.isDirectory(source);
                if (directory) {
                    Files.createDirectory(target);
                } else {
                    Files.copy(source, target);
                }
                Files.setPosixFilePermissions(target, directory || executable(source) ? EXECUTABLE : READABLE);
                Files.getFileAttributeView(target, BasicFileAttributeView.class).setTimes(fileTime, fileTime, fileTime);
            }
        }
        Files.move(repacked, zip, StandardCopyOption.REPLACE_EXISTING);
    }

    private static boolean executable(Path entry) throws IOException {
        Set<PosixFilePermission> permissions = Files.readAttributes(entry, PosixFileAttributes.class).permissions();
        return permissions.contains(PosixFilePermission.OWNER_EXECUTE) || permissions.contains(PosixFilePermission.GROUP_EXECUTE)
                || permissions.contains(PosixFilePermission.OTHERS_EXECUTE);
    }

    static Description describe(Path zip) throws IOException {
        String sha256 = sha256(zip);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry bootstrap = file.getEntry("bootstrap");
            if (bootstrap != null && !bootstrap.isDirectory()) {
                try (InputStream in = file.getInputStream(bootstrap)) {
                    return new Description("native", architectures(in.readNBytes(20)), sha256);
                }
            }
            boolean jars = file.stream().anyMatch(e -> e.getName().startsWith("lib/") && e.getName().endsWith(".jar"));
            if (jars) {
                return new Description("jvm", List.of("x86_64", "arm64"), sha256);
            }
        }
        throw new NotAFunctionZip(zip + " is not a Quarkus Lambda function.zip: it has neither a bootstrap (native) nor lib/*.jar (JVM)");
    }

    /** The CPU a native {@code bootstrap} runs on, from its ELF header ({@code e_machine}); a script runs on any. */
    private static List<String> architectures(byte[] head) throws NotAFunctionZip {
        if (head.length >= 2 && head[0] == '#' && head[1] == '!') {
            return List.of("x86_64", "arm64");
        }
        if (head.length < 20 || head[0] != 0x7f || head[1] != 'E' || head[2] != 'L' || head[3] != 'F') {
            throw new NotAFunctionZip("bootstrap is neither a Linux executable (ELF) nor a script: Lambda cannot run it");
        }
        boolean littleEndian = head[5] == 1;
        int machine = littleEndian ? (head[18] & 0xff) | (head[19] & 0xff) << 8 : (head[18] & 0xff) << 8 | (head[19] & 0xff);
        return switch (machine) {
            case 0x3e -> List.of("x86_64");
            case 0xb7 -> List.of("arm64");
            default -> throw new NotAFunctionZip("bootstrap is built for ELF machine 0x%x, which Lambda does not run (x86_64 or arm64)"
                    .formatted(machine));
        };
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0;) {
                    digest.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private FinishFunctionZip() {
    }
}
