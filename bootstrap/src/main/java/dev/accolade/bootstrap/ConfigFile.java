package dev.accolade.bootstrap;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The optional configuration file, Java properties: the one {@code --config} or
 * {@code ACCOLADE_CONFIG} names, else {@code accolade.properties} in the working directory if it exists.
 */
public final class ConfigFile {

    /** The file read when none is named and it exists in the working directory. */
    public static final String DEFAULT_NAME = "accolade.properties";

    private ConfigFile() {
    }

    /** The file's properties, or none when no file is named and the default one does not exist. */
    public static Properties load(Optional<Path> named, Map<String, String> environment, Path workingDirectory) {
        Optional<Path> chosen = named.or(() -> Optional.ofNullable(environment.get("ACCOLADE_CONFIG"))
                .filter(value -> !value.isBlank()).map(Path::of));
        if (chosen.isPresent()) {
            Path file = workingDirectory.resolve(chosen.get());
            if (!Files.isRegularFile(file)) {
                throw new ConfigurationException("The configuration file " + file + " does not exist.");
            }
            return read(file);
        }
        Path fallback = workingDirectory.resolve(DEFAULT_NAME);
        return Files.isRegularFile(fallback) ? read(fallback) : new Properties();
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException unreadable) {
            throw new ConfigurationException("The configuration file " + file + " cannot be read: "
                    + unreadable.getMessage());
        }
        return properties;
    }
}
