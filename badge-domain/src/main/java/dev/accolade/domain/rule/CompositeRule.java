package dev.accolade.domain.rule;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Check;
import dev.accolade.domain.template.TemplateId;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Awarded when a subject holds at least {@code atLeast} of other templates of the same issuer: all of them
 * ({@code all_of}) or k of n ({@code any_of}).
 *
 * @param mode all of the templates, or at least some of them
 * @param templates the templates looked at: 1 to {@link #MAX_TEMPLATES}, none twice
 * @param atLeast how many of them the subject must hold: all of them for {@code all_of}, 1 to n for {@code any_of}
 */
public record CompositeRule(Mode mode, List<TemplateId> templates, int atLeast) implements Rule {

    /** The most templates one composite rule names. */
    public static final int MAX_TEMPLATES = 20;

    /**
     * Checks the list ({@code rule_templates_invalid}: empty, too long, or naming a template twice) and the
     * count ({@code rule_at_least_invalid}).
     */
    public CompositeRule {
        requireNonNull(mode, "mode");
        if (templates == null || templates.isEmpty() || templates.size() > MAX_TEMPLATES
                || new HashSet<>(templates).size() != templates.size()) {
            throw Check.invalid("rule_templates", "must name 1 to " + MAX_TEMPLATES + " templates, each once");
        }
        templates = List.copyOf(templates);
        if (atLeast < 1 || atLeast > templates.size() || (mode == Mode.ALL_OF && atLeast != templates.size())) {
            throw Check.invalid("rule_at_least", "must be from 1 to the number of templates named");
        }
    }

    /** Held when the subject holds every one of these templates. */
    public static CompositeRule allOf(List<TemplateId> templates) {
        return new CompositeRule(Mode.ALL_OF, templates, templates == null ? 0 : templates.size());
    }

    /** Held when the subject holds at least {@code atLeast} of these templates. */
    public static CompositeRule anyOf(List<TemplateId> templates, int atLeast) {
        return new CompositeRule(Mode.ANY_OF, templates, atLeast);
    }

    /** Whether holding this many of the templates meets the rule. */
    public boolean metBy(long held) {
        return held >= atLeast;
    }

    @Override
    public String kind() {
        return mode.kind();
    }

    @Override
    public long target() {
        return atLeast;
    }

    @Override
    public String describe() {
        String named = templates.stream().map(TemplateId::toString).collect(Collectors.joining(","));
        String text = kind() + " " + atLeast + " of " + named;
        return text.length() <= 100 ? text : kind() + " " + atLeast + " of " + templates.size() + " templates";
    }

    /** How many of the templates a composite rule asks for. */
    public enum Mode {
        /** Every one. */
        ALL_OF("all_of"),
        /** At least k. */
        ANY_OF("any_of");

        private final String kind;

        Mode(String kind) {
            this.kind = kind;
        }

        /** The kind, as the API names it. */
        public String kind() {
            return kind;
        }
    }
}
