package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.template.TemplateRatingRepository;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.template.Rating;
import dev.accolade.domain.template.RatingSummary;
import dev.accolade.domain.template.TemplateId;
import dev.accolade.domain.template.TemplateRating;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** Members' ratings in the {@code template_rating} table, one row per member and template. */
final class JdbiTemplateRatingRepository implements TemplateRatingRepository {

    private final JdbiTransactions transactions;

    JdbiTemplateRatingRepository(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(TemplateRating rating) {
        transactions.current().writing()
                .createUpdate("DELETE FROM template_rating WHERE template_id = :template AND member_id = :member")
                .bind("template", rating.template().value()).bind("member", rating.member().value()).execute();
        SqlErrors.guarded(() -> transactions.current().writing().createUpdate("INSERT INTO template_rating"
                + " (template_id, member_id, difficulty, credibility, rated_at)"
                + " VALUES (:template, :member, :difficulty, :credibility, :rated)")
                .bind("template", rating.template().value()).bind("member", rating.member().value())
                .bind("difficulty", rating.difficulty().value()).bind("credibility", rating.credibility().value())
                .bind("rated", rating.ratedAt()).execute());
    }

    @Override
    public Map<TemplateId, RatingSummary> summarize(Collection<TemplateId> templates) {
        if (templates.isEmpty()) {
            return Map.of();
        }
        return transactions.current().reading().createQuery("SELECT template_id, member_id, difficulty, credibility,"
                + " rated_at FROM template_rating WHERE template_id IN (<templates>)")
                .bindList("templates", templates.stream().map(TemplateId::value).distinct().toList())
                .map((row, context) -> new TemplateRating(new TemplateId(row.getLong("template_id")),
                        new MemberId(row.getLong("member_id")), new Rating(row.getDouble("difficulty")),
                        new Rating(row.getDouble("credibility")), Rows.instant(row, "rated_at")))
                .list().stream().collect(Collectors.groupingBy(TemplateRating::template,
                        Collectors.collectingAndThen(Collectors.toList(), RatingSummary::of)));
    }

    @Override
    public void deleteByTemplate(TemplateId template) {
        transactions.current().writing().createUpdate("DELETE FROM template_rating WHERE template_id = :template")
                .bind("template", template.value()).execute();
    }
}
