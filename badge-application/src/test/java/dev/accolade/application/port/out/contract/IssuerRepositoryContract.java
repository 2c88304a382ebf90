package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static dev.accolade.application.port.out.contract.ContractData.issuerCreatedAt;
import static dev.accolade.application.port.out.contract.ContractData.issuerOwnedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.out.UniqueConstraintViolation;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.issuer.IssuerSlug;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.testdata.TestData;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every store promises about issuers: exact round trips, unique slugs, owners, and the oldest-first list. */
public abstract class IssuerRepositoryContract extends StoreContract {

    private static final Comparator<Issuer> OLDEST_FIRST = Comparator.comparing(Issuer::createdAt)
            .thenComparingLong(issuer -> issuer.id().value());

    @Test
    void an_issuer_without_owner_comes_back_equal() {
        Issuer issuer = saved(TestData.issuer());

        assertThat(read(() -> store.issuers().findById(issuer.id()))).contains(issuer);
    }

    @Test
    void an_issuer_owned_by_a_member_comes_back_with_its_owner() {
        Member owner = savedMember();
        Issuer issuer = saved(issuerOwnedBy(owner.id(), ContractData.plusMicros(at(5), 42)));

        Optional<Issuer> found = read(() -> store.issuers().findById(issuer.id()));

        assertThat(found).contains(issuer);
        assertThat(found.orElseThrow().owner()).contains(owner.id());
    }

    @Test
    void an_unknown_id_finds_no_issuer() {
        savedIssuer();

        assertThat(read(() -> store.issuers().findById(new IssuerId(TestData.nextId())))).isEmpty();
    }

    @Test
    void an_issuer_is_found_by_its_slug() {
        Issuer wanted = savedIssuer();
        savedIssuer();

        assertThat(read(() -> store.issuers().findBySlug(wanted.slug()))).contains(wanted);
        assertThat(read(() -> store.issuers().findBySlug(new IssuerSlug("nobody-" + TestData.nextId())))).isEmpty();
    }

    @Test
    void a_taken_slug_is_refused_with_issuer_slug_taken_and_changes_nothing() {
        Issuer first = savedIssuer();
        Issuer second = Issuer.create(new IssuerId(TestData.nextId()), first.slug(), "Copycat", Optional.empty(),
                at(10));

        assertThatThrownBy(() -> write(() -> store.issuers().insert(second)))
                .isInstanceOfSatisfying(UniqueConstraintViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("issuer_slug_taken"));

        assertThat(read(() -> store.issuers().findById(second.id()))).isEmpty();
        assertThat(read(() -> store.issuers().findBySlug(first.slug()))).contains(first);
    }

    @Test
    void a_members_issuers_are_found_oldest_first_and_no_one_elses() {
        Member owner = savedMember();
        Member other = savedMember();
        Issuer late = saved(issuerOwnedBy(owner.id(), at(30)));
        Issuer early = saved(issuerOwnedBy(owner.id(), at(10)));
        Issuer tiedA = saved(issuerOwnedBy(owner.id(), at(20)));
        Issuer tiedB = saved(issuerOwnedBy(owner.id(), at(20)));
        saved(issuerOwnedBy(other.id(), at(15)));
        saved(issuerCreatedAt(at(16)));

        List<Issuer> found = read(() -> store.issuers().findByOwner(owner.id()));

        assertThat(found).containsExactlyElementsOf(
                List.of(late, early, tiedA, tiedB).stream().sorted(OLDEST_FIRST).toList());
    }

    @Test
    void a_member_without_issuers_owns_none() {
        Member owner = savedMember();
        savedIssuer();

        assertThat(read(() -> store.issuers().findByOwner(owner.id()))).isEmpty();
    }

    @Test
    void the_list_of_issuers_walks_every_issuer_oldest_first_with_ties_broken_by_id() {
        Member owner = savedMember();
        List<Issuer> issuers = List.of(saved(issuerCreatedAt(at(50))), saved(issuerCreatedAt(at(10))),
                saved(issuerOwnedBy(owner.id(), at(30))), saved(issuerCreatedAt(at(30))),
                saved(issuerCreatedAt(at(30))), saved(issuerCreatedAt(ContractData.plusMicros(at(30), 1))),
                saved(issuerCreatedAt(at(0))));

        assertPages(page -> store.issuers().list(page), issuers.stream().sorted(OLDEST_FIRST).toList());
    }

    @Test
    void the_list_of_an_empty_store_is_one_empty_last_page() {
        Page<Issuer> page = read(() -> store.issuers().list(PageRequest.first()));

        assertThat(page.items()).isEmpty();
        assertThat(page.next()).isEmpty();
    }
}
