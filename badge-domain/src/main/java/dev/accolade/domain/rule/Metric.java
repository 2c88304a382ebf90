package dev.accolade.domain.rule;

import dev.accolade.domain.common.Check;
import java.util.regex.Pattern;

/**
 * The name of something an issuer counts, such as {@code comments} or {@code minecraft.achievement}: any
 * name of this shape is accepted, known or not; another shape is {@code metric_invalid}.
 *
 * @param name a lower-case letter, then up to 63 lower-case letters, digits, {@code _}, {@code .} or {@code -}
 */
public record Metric(String name) {

    /** The longest name accepted. */
    public static final int MAX_LENGTH = 64;

    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9_.-]{0," + (MAX_LENGTH - 1) + "}");

    /** Checks the shape of the name. */
    public Metric {
        if (name == null || !SHAPE.matcher(name).matches()) {
            throw Check.invalid("metric", "must start with a lower-case letter and hold at most " + MAX_LENGTH
                    + " lower-case letters, digits, '_', '.' or '-'");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
