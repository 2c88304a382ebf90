package dev.accolade.domain.template;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.common.Attachment;
import dev.accolade.domain.common.Check;
import dev.accolade.domain.common.ImageRef;
import dev.accolade.domain.rule.Rule;
import java.util.List;
import java.util.Optional;

/**
 * The content of one version of a template: what it is, how it looks, and how it is awarded.
 *
 * @param title the name, at most 200 characters
 * @param description at most 1000 characters, possibly empty
 * @param icon an optional picture
 * @param categories at most 20 distinct categories
 * @param attachments at most 20 files
 * @param criteria what earns it, at most 1000 characters, possibly empty
 * @param type an optional kind or level such as {@code Skill} or {@code gold}, at most 50 characters
 * @param customFields open-ended fields
 * @param featured whether it is highlighted
 * @param repeatable whether one recipient may receive it more than once
 * @param acceptanceRequired whether an award waits as an offer until the recipient accepts it
 * @param rule how the template awards itself from its issuer's events, if it does
 * @param hidden whether it is shown to others as hidden until they hold it
 * @param points what each award of it adds to its recipient's score, 0 to {@value #MAX_POINTS}
 */
public record TemplateDetails(String title, String description, Optional<ImageRef> icon,
        List<CategoryId> categories, List<Attachment> attachments, String criteria, Optional<String> type,
        CustomFields customFields, boolean featured, boolean repeatable, boolean acceptanceRequired,
        Optional<Rule> rule, boolean hidden, long points) {

    /** The longest title accepted. */
    public static final int MAX_TITLE_LENGTH = 200;
    /** The longest description accepted. */
    public static final int MAX_DESCRIPTION_LENGTH = 1000;
    /** The longest criteria accepted. */
    public static final int MAX_CRITERIA_LENGTH = 1000;
    /** The longest type accepted. */
    public static final int MAX_TYPE_LENGTH = 50;
    /** The most categories accepted. */
    public static final int MAX_CATEGORIES = 20;
    /** The most attachments accepted. */
    public static final int MAX_ATTACHMENTS = 20;
    /** The most points one award may carry. */
    public static final long MAX_POINTS = 1_000_000;

    /** Checks and normalises every part. */
    public TemplateDetails {
        title = Check.line(title, "title", MAX_TITLE_LENGTH);
        description = Check.text(description, "description", MAX_DESCRIPTION_LENGTH);
        requireNonNull(icon, "icon");
        categories = Check.distinctList(categories, "categories", MAX_CATEGORIES);
        attachments = Check.list(attachments, "attachments", MAX_ATTACHMENTS);
        criteria = Check.text(criteria, "criteria", MAX_CRITERIA_LENGTH);
        type = Check.optionalLine(requireNonNull(type, "type").orElse(null), "type", MAX_TYPE_LENGTH);
        requireNonNull(customFields, "customFields");
        requireNonNull(rule, "rule");
        if (points < 0 || points > MAX_POINTS) {
            throw Check.invalid("points", "must be a whole number from 0 to " + MAX_POINTS);
        }
    }

    /** Details without points. */
    public TemplateDetails(String title, String description, Optional<ImageRef> icon, List<CategoryId> categories,
            List<Attachment> attachments, String criteria, Optional<String> type, CustomFields customFields,
            boolean featured, boolean repeatable, boolean acceptanceRequired, Optional<Rule> rule, boolean hidden) {
        this(title, description, icon, categories, attachments, criteria, type, customFields, featured, repeatable,
                acceptanceRequired, rule, hidden, 0);
    }

    /** Details that are not hidden. */
    public TemplateDetails(String title, String description, Optional<ImageRef> icon, List<CategoryId> categories,
            List<Attachment> attachments, String criteria, Optional<String> type, CustomFields customFields,
            boolean featured, boolean repeatable, boolean acceptanceRequired, Optional<Rule> rule) {
        this(title, description, icon, categories, attachments, criteria, type, customFields, featured, repeatable,
                acceptanceRequired, rule, false, 0);
    }

    /** Details without a rule. */
    public TemplateDetails(String title, String description, Optional<ImageRef> icon, List<CategoryId> categories,
            List<Attachment> attachments, String criteria, Optional<String> type, CustomFields customFields,
            boolean featured, boolean repeatable, boolean acceptanceRequired) {
        this(title, description, icon, categories, attachments, criteria, type, customFields, featured, repeatable,
                acceptanceRequired, Optional.empty(), false, 0);
    }

    /**
     * Whether a viewer sees this content whole: always unless hidden; a hidden template only by those who
     * act for its issuer (its key, its owner, the operator) and by those who hold it.
     */
    public boolean shownWholeTo(boolean actsForIssuer, boolean holdsIt) {
        return !hidden || actsForIssuer || holdsIt;
    }

    /** A builder for details with this title and defaults for the rest. */
    public static Builder titled(String title) {
        return new Builder(title);
    }

    /** A builder that starts from these details. */
    public Builder toBuilder() {
        return new Builder(title).description(description).icon(icon.orElse(null)).categories(categories)
                .attachments(attachments).criteria(criteria).type(type.orElse(null)).customFields(customFields)
                .featured(featured).repeatable(repeatable).acceptanceRequired(acceptanceRequired)
                .rule(rule.orElse(null)).hidden(hidden).points(points);
    }

    /** Builds details step by step; unset parts are empty, false or none. */
    public static final class Builder {

        private String title;
        private String description = "";
        private ImageRef icon;
        private List<CategoryId> categories = List.of();
        private List<Attachment> attachments = List.of();
        private String criteria = "";
        private String type;
        private CustomFields customFields = CustomFields.NONE;
        private boolean featured;
        private boolean repeatable;
        private boolean acceptanceRequired;
        private Rule rule;
        private boolean hidden;
        private long points;

        private Builder(String title) {
            this.title = title;
        }

        /** Sets the title. */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /** Sets the description. */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** Sets the icon, or none when null. */
        public Builder icon(ImageRef value) {
            this.icon = value;
            return this;
        }

        /** Sets the categories. */
        public Builder categories(List<CategoryId> value) {
            this.categories = value;
            return this;
        }

        /** Sets the attachments. */
        public Builder attachments(List<Attachment> value) {
            this.attachments = value;
            return this;
        }

        /** Sets the criteria. */
        public Builder criteria(String value) {
            this.criteria = value;
            return this;
        }

        /** Sets the type, or none when null or blank. */
        public Builder type(String value) {
            this.type = value;
            return this;
        }

        /** Sets the custom fields. */
        public Builder customFields(CustomFields value) {
            this.customFields = value;
            return this;
        }

        /** Sets whether the template is featured. */
        public Builder featured(boolean value) {
            this.featured = value;
            return this;
        }

        /** Sets whether the template may be awarded to one recipient more than once. */
        public Builder repeatable(boolean value) {
            this.repeatable = value;
            return this;
        }

        /** Sets whether an award waits as an offer until the recipient accepts it. */
        public Builder acceptanceRequired(boolean value) {
            this.acceptanceRequired = value;
            return this;
        }

        /** Sets the rule, or none when null. */
        public Builder rule(Rule value) {
            this.rule = value;
            return this;
        }

        /** Sets whether it is shown to others as hidden until they hold it. */
        public Builder hidden(boolean value) {
            this.hidden = value;
            return this;
        }

        /** Sets what each award adds to its recipient's score. */
        public Builder points(long value) {
            this.points = value;
            return this;
        }

        /** The checked details. */
        public TemplateDetails build() {
            return new TemplateDetails(title, description, Optional.ofNullable(icon), categories, attachments,
                    criteria, Optional.ofNullable(type), customFields, featured, repeatable, acceptanceRequired,
                    Optional.ofNullable(rule), hidden, points);
        }
    }
}
