package dev.accolade.adapter.out.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.accolade.application.port.out.PortTable;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.award.AwardRepository;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PortTableTest {

    private final StorePorts store = new InMemoryStore();

    @Test
    void every_accessor_of_a_store_answers_the_part_filed_under_its_port() {
        assertThat(store.awards()).isSameAs(store.port(AwardRepository.class)).isInstanceOf(
                InMemoryAwardRepository.class);
        assertThat(store.events()).isInstanceOf(InMemoryEventBus.class);
    }

    @Test
    void a_table_without_every_port_is_refused_naming_what_is_missing() {
        assertThatIllegalArgumentException().isThrownBy(() -> PortTable.of(store.transactions(), store.ids()))
                .withMessageContaining("missing").withMessageContaining("AwardRepository")
                .withMessageNotContaining("TransactionPort");
    }

    @Test
    void a_port_given_twice_is_refused() {
        List<Object> parts = List.of(store.transactions(), store.ids(), store.events(), store.issuers(),
                store.apiKeys(), store.members(), store.sessions(), store.signInAttempts(), store.identityClaims(),
                store.categories(),
                store.templates(), store.ratings(), store.offers(), store.requests(), store.awards(), store.grants(),
                store.idempotency(), store.signingSecrets(), store.usedSignatures(), store.gameServers(),
                store.loggedAchievements(), store.blobs(), store.deliveries(), store.webhooks(), store.issuerKeys(),
                store.awardCredentials(), store.metricEvents(), store.metricCounters(), store.ruleAwards(),
                store.ruleJobs(), store.scores());

        assertThat(PortTable.of(parts.toArray()).get(AwardRepository.class)).isSameAs(store.awards());
        assertThatIllegalArgumentException().isThrownBy(() -> PortTable.of(
                Stream.concat(parts.stream(), Stream.of(new InMemoryStore()
                        .awards())).toArray())).withMessageContaining("AwardRepository is given twice");
    }

    @Test
    void a_part_that_is_no_store_port_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> PortTable.of("a string"))
                .withMessageContaining("implements no store port");
    }
}
