package dev.accolade.application.rule;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.rule.MetricCounterRepository;
import dev.accolade.application.port.out.rule.MetricEventRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.application.shared.LostRaces;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.rule.EventBatch;
import dev.accolade.domain.rule.MetricEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Records events: the whole batch is checked first, then, in one unit of work, each new event is kept and
 * added to its subject's sum; an id the issuer recorded before changes nothing.
 */
final class RuleService implements Rules {

    private final TransactionPort transactions;
    private final MetricEventRepository events;
    private final MetricCounterRepository counters;
    private final ClockPort clock;
    private final CommandValidator validator;
    private final Access access;

    RuleService(TransactionPort transactions, MetricEventRepository events, MetricCounterRepository counters,
            ClockPort clock, CommandValidator validator, Access access) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.events = requireNonNull(events, "events");
        this.counters = requireNonNull(counters, "counters");
        this.clock = requireNonNull(clock, "clock");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
    }

    @Override
    public RecordedEvents recordEvents(RecordEventsCommand command) {
        validator.validate(command);
        transactions.readOnly(() -> access.issuerFor(command.actor(), command.issuer()));
        EventBatch batch = EventReader.batch(command.issuer(), command.events(), clock.now());
        return LostRaces.retried(() -> transactions.inTransaction(() -> {
            access.issuerFor(command.actor(), command.issuer());
            int recorded = 0;
            List<String> duplicates = new ArrayList<>();
            List<Award> awards = new ArrayList<>();
            for (MetricEvent event : batch.events()) {
                if (!events.insertIfNew(event)) {
                    duplicates.add(event.id());
                    continue;
                }
                recorded++;
                counters.add(event.issuer(), event.subject(), event.metric(), event.value());
            }
            return new RecordedEvents(recorded, duplicates, awards);
        }));
    }
}
