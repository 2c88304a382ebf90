package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.rule.RuleAwardRepository;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The subjects each template's rule awarded, in memory, one row per template and subject. */
final class InMemoryRuleAwardRepository implements RuleAwardRepository {

    private final InMemoryDatabase database;
    private final Table<Map.Entry<TemplateId, String>, RuleAward> table;

    InMemoryRuleAwardRepository(InMemoryDatabase database) {
        this.database = database;
        this.table = new Table<>(database, RuleAward::key, "rule_award_taken", "The rule already awarded the subject.",
                List.of());
    }

    @Override
    public boolean insertIfNew(TemplateId template, Identity subject, Instant qualifiedAt, Instant recordedAt) {
        Map.Entry<TemplateId, String> key = Map.entry(template, subject.key());
        return database.inTransaction(() -> {
            if (table.get(key).isPresent()) {
                return false;
            }
            table.insert(new RuleAward(key, qualifiedAt, recordedAt));
            return true;
        });
    }

    @Override
    public Optional<Instant> qualifiedAt(TemplateId template, Identity subject) {
        return database.read(() -> table.get(Map.entry(template, subject.key())).map(RuleAward::qualifiedAt));
    }

    /** A row: the template and subject, when the subject qualified and when it was recorded. */
    private record RuleAward(Map.Entry<TemplateId, String> key, Instant qualifiedAt, Instant recordedAt) {
    }
}
