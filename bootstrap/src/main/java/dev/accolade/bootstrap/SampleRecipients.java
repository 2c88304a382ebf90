package dev.accolade.bootstrap;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Realistic recipients for generated awards: a fixed number of people with first and last names and an
 * e-mail address made from them, unique by their number, some receiving far more awards than others.
 */
final class SampleRecipients {

    private static final List<String> FIRST = List.of("Ada", "Grace", "Alan", "Katherine", "Linus", "Margaret",
            "Edsger", "Barbara", "Donald", "Frances", "Dennis", "Radia", "Ken", "Hedy", "Tim", "Sophie", "Niklaus",
            "Shafi", "John", "Mary", "Leslie", "Adele", "Guido", "Lynn", "Bjarne", "Anita", "James", "Jean",
            "Yukihiro", "Karen", "Amara", "Mateo", "Chiara", "Jonas", "Aiko", "Omar", "Priya", "Lucas", "Ines",
            "Kwame");
    private static final List<String> LAST = List.of("Lovelace", "Hopper", "Turing", "Johnson", "Torvalds",
            "Hamilton", "Dijkstra", "Liskov", "Knuth", "Allen", "Ritchie", "Perlman", "Thompson", "Lamarr",
            "Berners-Lee", "Wilson", "Wirth", "Goldwasser", "McCarthy", "Shaw", "Lamport", "Goldberg", "Rossum",
            "Conway", "Stroustrup", "Borg", "Gosling", "Bartik", "Matsumoto", "Jones", "Okafor", "Garcia", "Rossi",
            "Schmidt", "Tanaka", "Haddad", "Sharma", "Martin", "Silva", "Mensah");
    private static final List<String> DOMAINS = List.of("example.org", "example.com", "example.net",
            "mail.example.edu", "students.example.ac.uk");

    private final int count;
    private final SplittableRandom random;

    /** {@code count} people, drawn with this random source. */
    SampleRecipients(int count, SplittableRandom random) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one recipient");
        }
        this.count = count;
        this.random = random;
    }

    /** The next recipient of an award: the low numbers, like a platform's regulars, are drawn far more often. */
    Recipient draw() {
        return recipient(drawNumber());
    }

    /**
     * The number of the next recipient: the square of a uniform draw, so that recipient k of R gets about
     * {@code N / (2 sqrt(k R))} of N awards: with the default R = N / 5, the recipients near number N / 320 hold
     * about 20 each at any N (the benchmarks' recipients case lists one of them on each store).
     */
    int drawNumber() {
        double skewed = Math.pow(random.nextDouble(), 2);
        return (int) Math.min(count - 1, (long) (skewed * count));
    }

    /** The recipient with this number. */
    static Recipient recipient(int number) {
        String first = FIRST.get(number % FIRST.size());
        String last = LAST.get((number / FIRST.size()) % LAST.size());
        String domain = DOMAINS.get(number % DOMAINS.size());
        String email = (first + "." + last.replace("-", "") + "." + number + "@" + domain).toLowerCase(Locale.ROOT);
        return new Recipient("email:" + email, first, last);
    }

    /**
     * A generated recipient.
     *
     * @param key the canonical identity key, {@code email:…}
     * @param firstName the first name
     * @param lastName the last name
     */
    record Recipient(String key, String firstName, String lastName) {
    }
}
