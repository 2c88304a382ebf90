package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.award.AwardQuery;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.template.TemplateId;
import java.util.Map;
import java.util.Optional;

/** How a list of awards selects its rows, and which index on (column, awarded_at, id) reads it by time. */
final class AwardListing {

    /** The index on (column, awarded_at, id) of each column a list by time narrows to one value. */
    private static final Map<String, String> TIME_INDEXES = Map.of("holder_id", "ix_award_holder_awarded",
            "recipient_key", "ix_award_recipient_awarded", "template_id", "ix_award_template_awarded",
            "issuer_id", "ix_award_issuer_awarded");

    private AwardListing() {
    }

    /** The index on (column, awarded_at, id) of a column a list by time narrows to one value. */
    static String timeIndex(String column) {
        return TIME_INDEXES.get(column);
    }

    /**
     * The column the selection holds to one value whose index on (column, awarded_at, id) delivers the
     * list by time, the narrowest first: the holder, the recipient, the template, the one issuer.
     */
    static Optional<String> leadingColumn(AwardQuery query) {
        if (query.holder().isPresent()) {
            return Optional.of("holder_id");
        }
        if (query.recipient().isPresent()) {
            return Optional.of("recipient_key");
        }
        if (query.template().isPresent()) {
            return Optional.of("template_id");
        }
        return query.issuers().size() == 1 ? Optional.of("issuer_id") : Optional.empty();
    }

    static Conditions where(AwardQuery query) {
        Conditions where = new Conditions();
        if (!query.includeRevoked()) {
            where.add("a.revoked_at IS NULL");
        }
        where.when(query.holder(), "a.holder_id = :holder", "holder", MemberId::value)
                .when(query.recipient(), "a.recipient_key = :recipient", "recipient", Identity::key)
                .whenAny(query.issuers().stream().map(IssuerId::value).toList(), "a.issuer_id IN (<issuers>)",
                        "issuers")
                .when(query.template(), "a.template_id = :template", "template", TemplateId::value)
                .whenAny(query.categories().stream().map(CategoryId::value).toList(), "EXISTS (SELECT 1 FROM"
                        + " template_category c WHERE c.template_id = a.template_id AND c.revision = 'L'"
                        + " AND c.category_id IN (<categories>))", "categories")
                .within("a.awarded_at", query.awarded())
                .when(query.title(), "EXISTS (SELECT 1 FROM template s WHERE s.id = a.template_id AND "
                        + TitleLike.on("s.live_title_folded") + ")", TitleLike.PARAMETER, TitleLike::pattern);
        if (query.newOnly()) {
            where.add("a.viewed_at IS NULL");
        }
        where.whenAny(query.ids().stream().map(AwardId::value).toList(), "a.id IN (<ids>)", "ids");
        return where;
    }
}
