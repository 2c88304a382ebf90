package dev.accolade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The sizes the architecture promises, read from the sources: no main class over 250 lines, the entry
 * point at most 150, and no positional {@code , null, null} in main code.
 */
class SourceSizeTest {

    private static final Path ROOT = Path.of("..");
    private static final int MAX_CLASS_LINES = 250;
    private static final int MAX_ENTRY_POINT_LINES = 150;
    private static final Pattern POSITIONAL_NULLS = Pattern.compile(", null, null");

    @Test
    void no_main_class_is_longer_than_250_lines() {
        Map<Path, Long> sizes = mainSources().collect(Collectors.toMap(path -> path, SourceSizeTest::lines));

        assertThat(sizes).isNotEmpty().allSatisfy((path, lines) -> assertThat(lines).as(path.toString())
                .isLessThanOrEqualTo(MAX_CLASS_LINES));
    }

    @Test
    void the_entry_point_is_at_most_150_lines() {
        Path entryPoint = ROOT.resolve("badge-application/src/main/java/dev/accolade/application/Accolade.java");

        assertThat(lines(entryPoint)).isLessThanOrEqualTo(MAX_ENTRY_POINT_LINES);
    }

    @Test
    void no_main_code_passes_nulls_by_position() {
        List<Path> offenders = mainSources().filter(path -> POSITIONAL_NULLS.matcher(read(path)).find()).toList();

        assertThat(offenders).isEmpty();
    }

    private static Stream<Path> mainSources() {
        try (Stream<Path> modules = Files.list(ROOT)) {
            return modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory).toList()
                    .stream().flatMap(SourceSizeTest::javaFiles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> javaFiles(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(path -> path.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long lines(Path path) {
        return read(path).lines().count();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
