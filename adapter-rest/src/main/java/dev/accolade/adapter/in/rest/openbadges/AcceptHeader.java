package dev.accolade.adapter.in.rest.openbadges;

import java.util.Locale;

/**
 * The weight a request's {@code Accept} header gives a media type named in it outright: wildcards
 * decide nothing between the forms a document comes in, so only explicit names with their {@code q}
 * count.
 *
 * @param header the header, lower-cased, or empty
 */
public record AcceptHeader(String header) {

    /** The header of a request, absent read as empty. */
    public static AcceptHeader of(String header) {
        return new AcceptHeader(header == null ? "" : header.toLowerCase(Locale.ROOT));
    }

    /** Whether the client weighs the first type above each of the others, and above nothing. */
    public boolean prefers(String type, String... over) {
        double wanted = weight(type);
        if (wanted <= 0) {
            return false;
        }
        for (String other : over) {
            if (weight(other) >= wanted) {
                return false;
            }
        }
        return true;
    }

    /** The {@code q} given the type by name: 1 by default, 0 when it is not named or its q is unreadable. */
    public double weight(String type) {
        double best = 0;
        for (String entry : header.split(",")) {
            String[] parts = entry.split(";");
            if (!parts[0].strip().equals(type)) {
                continue;
            }
            best = Math.max(best, quality(parts));
        }
        return best;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.startsWith("q=")) {
                try {
                    double q = Double.parseDouble(parameter.substring(2));
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException unreadable) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
