package dev.accolade.adapter.in.rest.compat.acclaim;

import dev.accolade.domain.common.Ids;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acclaim addresses everything by an id in UUID form; ours are positive longs below 2^53. The two map
 * one to one: {@code acc1a1de-0000-4000-8K??-????????????}, where {@code K} names the kind and the
 * last 14 hex digits hold the id, so that an id of one kind never reads as one of another.
 */
public final class AcclaimIds {

    /** The kinds of thing an Acclaim id names, each with its own digit. */
    public enum Kind {
        /** An organization: one of our issuers. */
        ORGANIZATION('1'),
        /** A badge template: one of our templates. */
        BADGE_TEMPLATE('2'),
        /** An issued badge that is an award: accepted, or revoked. */
        AWARD('3'),
        /** An issued badge that is an offer: pending, rejected, or accepted (then also an award). */
        OFFER('4'),
        /** A user: one of our members. */
        USER('5');

        private final char digit;

        Kind(char digit) {
            this.digit = digit;
        }
    }

    private static final String PREFIX = "acc1a1de-0000-4000-8";
    private static final Pattern FORM = Pattern.compile(
            "acc1a1de-0000-4000-8([1-5])([0-9a-f]{2})-([0-9a-f]{12})");

    private AcclaimIds() {
    }

    /** The UUID-form id of a thing of this kind. */
    public static String format(Kind kind, long id) {
        String hex = String.format(Locale.ROOT, "%014x", Ids.check(id, "id"));
        return PREFIX + kind.digit + hex.substring(0, 2) + "-" + hex.substring(2);
    }

    /** The numeric id this text names for this kind, empty when it is no such id. */
    public static OptionalLong parse(Kind kind, String text) {
        Optional<Matcher> match = match(text).filter(m -> m.group(1).charAt(0) == kind.digit);
        if (match.isEmpty()) {
            return OptionalLong.empty();
        }
        long id = Long.parseLong(match.get().group(2) + match.get().group(3), 16);
        return Ids.parse(Long.toString(id));
    }

    /** The kind of an issued badge this text names, empty when it names none. */
    public static Optional<Kind> badgeKind(String text) {
        return match(text).map(m -> m.group(1).charAt(0) == Kind.AWARD.digit ? Kind.AWARD
                : m.group(1).charAt(0) == Kind.OFFER.digit ? Kind.OFFER : null);
    }

    private static Optional<Matcher> match(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(text.toLowerCase(Locale.ROOT));
        return matcher.matches() ? Optional.of(matcher) : Optional.empty();
    }
}
