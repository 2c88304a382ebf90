package dev.accolade.adapter.in.rest.limit;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A token bucket's rate: requests per second kept up over time, and how many may come at once.
 *
 * @param perSecond the requests per second; 0 switches the limit off
 * @param burst how many requests may come at once, at least 1 when the limit is on
 */
public record Rate(double perSecond, int burst) {

    /** No limit. */
    public static final Rate OFF = new Rate(0, 0);

    private static final Pattern TEXT = Pattern.compile("(\\d{1,7}(?:\\.\\d{1,6})?)(?:\\s*/\\s*(\\d{1,9}))?");

    /** Checks the rate is a finite number, not negative, with a burst of at least one when on. */
    public Rate {
        if (!Double.isFinite(perSecond) || perSecond < 0) {
            throw new IllegalArgumentException("a rate is a finite number of requests per second, not negative");
        }
        if (perSecond > 0 && burst < 1) {
            throw new IllegalArgumentException("a rate that is on lets at least one request through at once");
        }
        if (perSecond == 0 && burst != 0) {
            throw new IllegalArgumentException("a rate that is off has no burst");
        }
    }

    /**
     * A rate as configured: {@code 50/100} (50 per second, bursts of 100), {@code 10} (10 per second, bursts
     * of twice that), {@code 0.5/3}, or {@code 0} (off).
     */
    public static Rate parse(String text) {
        Matcher matcher = TEXT.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("a rate reads like 50/100 (per second / burst), 10, or 0 for off");
        }
        double perSecond = Double.parseDouble(matcher.group(1));
        if (perSecond == 0) {
            return OFF;
        }
        int burst = matcher.group(2) == null ? (int) Math.max(1, Math.ceil(perSecond * 2))
                : Integer.parseInt(matcher.group(2));
        return new Rate(perSecond, burst);
    }

    /** Whether the limit is off. */
    public boolean off() {
        return perSecond == 0;
    }

    @Override
    public String toString() {
        return off() ? "off" : perSecond + "/s burst " + burst;
    }
}
