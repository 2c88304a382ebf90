package dev.accolade.application.port.out.template;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.domain.common.PublicId;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.rule.Metric;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores templates; a working title is unique within its issuer ({@code template_title_taken}). */
public interface TemplateRepository {

    /** Adds a new template. */
    void insert(Template template);

    /** Replaces a stored template. */
    void update(Template template);

    /** Removes a template; no-op when there is none. */
    void delete(TemplateId id);

    /** The template with this id. */
    Optional<Template> findById(TemplateId id);

    /** The template whose badge class goes by this public id. */
    Optional<Template> findByPublicId(PublicId id);

    /** The templates with these ids that exist, in no particular order. */
    List<Template> findAllById(Collection<TemplateId> ids);

    /** The issuer's template with this working title, compared exactly. */
    Optional<Template> findByTitle(IssuerId issuer, String title);

    /**
     * The issuer's templates whose live version carries a rule on this metric, by id: what an event on the
     * metric may earn. Served by an index on issuer and metric.
     */
    List<Template> findByLiveRule(IssuerId issuer, Metric metric);

    /** The issuer's templates whose live version carries a rule, by id. */
    List<Template> findWithLiveRule(IssuerId issuer);

    /**
     * The templates whose live version carries a composite rule naming this template, by id: what awarding
     * it may complete.
     */
    List<Template> findByLiveDependency(TemplateId required);

    /** One page of the templates a query selects. */
    Page<Template> find(TemplateQuery query, PageRequest page);
}
