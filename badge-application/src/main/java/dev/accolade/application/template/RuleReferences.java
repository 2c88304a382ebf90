package dev.accolade.application.template;

import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.domain.common.Check;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.rule.CompositeRule;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateDetails;
import dev.accolade.domain.template.TemplateId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks the templates a composite rule names before anything is written: each must exist
 * ({@code rule_template_unknown}) and belong to the same issuer ({@code rule_template_foreign}), and following the
 * composite rules of their working and live versions must never lead back to the template itself
 * ({@code rule_cycle}).
 */
final class RuleReferences {

    private RuleReferences() {
    }

    /** Checks the rule of the content a template of the issuer (or a new one, without an id yet) is given. */
    static void check(TemplateRepository templates, IssuerId issuer, Optional<TemplateId> self,
            TemplateDetails details) {
        if (details.rule().isEmpty() || !(details.rule().get() instanceof CompositeRule composite)) {
            return;
        }
        if (self.isPresent() && composite.templates().contains(self.get())) {
            throw cycle();
        }
        Map<TemplateId, Template> named = templates.findAllById(composite.templates()).stream()
                .collect(Collectors.toMap(Template::id, Function.identity()));
        for (TemplateId id : composite.templates()) {
            Template template = named.get(id);
            if (template == null) {
                throw Check.fail("rule_template", "unknown", "names template " + id + ", which does not exist");
            }
            if (!template.issuer().equals(issuer)) {
                throw Check.fail("rule_template", "foreign", "names template " + id + " of another issuer");
            }
        }
        self.ifPresent(id -> checkNoCycle(templates, id, named.values().stream().toList()));
    }

    /** Walks the composite rules reachable from the named templates, refusing the walk that reaches {@code self}. */
    private static void checkNoCycle(TemplateRepository templates, TemplateId self, List<Template> start) {
        Set<TemplateId> seen = new HashSet<>();
        Deque<Template> next = new ArrayDeque<>(start);
        while (!next.isEmpty()) {
            Template template = next.pop();
            if (!seen.add(template.id())) {
                continue;
            }
            List<TemplateId> onward = required(template).filter(id -> !seen.contains(id)).distinct().toList();
            if (onward.contains(self)) {
                throw cycle();
            }
            next.addAll(templates.findAllById(onward));
        }
    }

    /** The templates the composite rules of a template's working and live versions name. */
    private static Stream<TemplateId> required(Template template) {
        return Stream.concat(Stream.of(template.details()), template.live().map(live -> live.details()).stream())
                .map(TemplateDetails::rule).flatMap(Optional::stream)
                .filter(CompositeRule.class::isInstance).map(CompositeRule.class::cast)
                .flatMap(rule -> rule.templates().stream());
    }

    private static DomainException cycle() {
        return Check.fail("rule", "cycle", "would make composite rules that depend on each other in a cycle");
    }
}
