package dev.accolade.adapter.in.rest.page.console;

import dev.accolade.domain.award.AwardOutcome;
import java.util.List;
import java.util.UUID;

/**
 * The award form of a template: the recipients typed, the key that makes sending it twice award once, and
 * either the problems that stopped it or each recipient's outcome.
 *
 * @param template the template's id
 * @param issuer its issuer's id
 * @param title its title
 * @param recipients the recipients as typed, one a line
 * @param key the batch's idempotency key
 * @param problems one sentence per bad line or field
 * @param results each recipient's outcome, once awarded
 */
public record AwardForm(long template, long issuer, String title, String recipients, String key,
        List<String> problems, List<Result> results) {

    /** Copies the lists. */
    public AwardForm {
        problems = List.copyOf(problems);
        results = List.copyOf(results);
    }

    AwardForm withProblems(List<String> sentences) {
        return new AwardForm(template, issuer, title, recipients, key, sentences, results);
    }

    AwardForm withResults(List<Result> done) {
        return new AwardForm(template, issuer, title, "", UUID.randomUUID().toString(), problems, done);
    }

    /**
     * What awarding did for one recipient.
     *
     * @param recipient the recipient as the issuer typed it
     * @param outcome awarded, offered or already held, in words
     */
    public record Result(String recipient, String outcome) {

        static String said(AwardOutcome outcome) {
            if (outcome instanceof AwardOutcome.Awarded) {
                return "awarded";
            }
            if (outcome instanceof AwardOutcome.Offered) {
                return "offered: waits for them to accept";
            }
            return "already held: nothing changed";
        }
    }
}
