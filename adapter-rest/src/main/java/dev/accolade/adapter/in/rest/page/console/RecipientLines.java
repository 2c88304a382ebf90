package dev.accolade.adapter.in.rest.page.console;

import dev.accolade.application.award.BulkRecipient;
import dev.accolade.application.port.in.EvidenceInput;
import dev.accolade.domain.award.RecipientName;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.error.FieldError;
import dev.accolade.domain.identity.Identity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The recipients an issuer pasted, one a line: an email address ({@code ada@example.org}), a handle in its
 * namespace ({@code minecraft:survival/Steve}), or an identity key ({@code member:42}). Blank lines are
 * skipped; every bad line is named by its number, all at once, before anything is awarded.
 *
 * @param typed each recipient as typed
 * @param lines each recipient's line number, counted from 1
 * @param recipients the recipients, in order
 */
record RecipientLines(List<String> typed, List<Integer> lines, List<BulkRecipient> recipients) {

    private static final RecipientName NO_NAME = null;
    private static final EvidenceInput NO_EVIDENCE = null;
    private static final Instant NEVER = null;
    private static final Pattern ENTRY = Pattern.compile("^recipients\\[(\\d+)]");

    /** Reads the pasted text; an INVALID refusal naming each bad line. */
    static RecipientLines parse(String text) {
        List<String> typed = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<BulkRecipient> recipients = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        String[] all = text.split("\\R", -1);
        for (int i = 0; i < all.length; i++) {
            String line = all[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                recipients.add(new BulkRecipient(identity(line), NO_NAME, NO_EVIDENCE, NEVER));
                typed.add(line);
                lines.add(i + 1);
            } catch (DomainException bad) {
                errors.add(new FieldError("line " + (i + 1), bad.code(), "(" + line + ") " + reason(bad)));
            }
        }
        if (recipients.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("recipients", "recipients_required", "can't be blank: write one a line"));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorCategory.INVALID, errors.get(0).code(), "Some recipients are not valid",
                    errors);
        }
        return new RecipientLines(typed, lines, recipients);
    }

    /** A refusal of the whole batch with its entries named by the lines they were typed on. */
    DomainException byLine(DomainException refused) {
        List<FieldError> renamed = refused.fieldErrors().stream().map(error -> {
            Matcher entry = ENTRY.matcher(error.attribute());
            if (!entry.find()) {
                return error;
            }
            int position = Integer.parseInt(entry.group(1));
            String line = position < lines.size() ? "line " + lines.get(position) : "a line";
            return new FieldError(line + error.attribute().substring(entry.end()).replace('.', ' '), error.code(),
                    error.message());
        }).toList();
        return new DomainException(refused.category(), refused.code(), refused.getMessage(), renamed);
    }

    private static Identity identity(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.startsWith("email:") || lower.startsWith("handle:") || lower.startsWith("member:")) {
            return Identity.parse(line);
        }
        int slash = line.indexOf('/');
        if (slash >= 0) {
            return Identity.handle(line.substring(0, slash), line.substring(slash + 1));
        }
        return Identity.email(line);
    }

    private static String reason(DomainException bad) {
        return bad.fieldErrors().isEmpty() ? bad.getMessage() : bad.fieldErrors().get(0).sentence();
    }
}
