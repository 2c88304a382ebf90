package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.accolade.application.paging.Cursor;
import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.out.award.GrantQuery;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.Granted;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.testdata.TestData;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store promises about listing awards and offers together: live awards and unaccepted
 * offers only, newest first with an award before an offer of the same time, by position, counted.
 */
public abstract class GrantRepositoryContract extends StoreContract {

    private IssuerId issuer;
    private IssuerId other;
    private MemberId ada;
    private List<Granted> issued;

    /**
     * Of one issuer: three live awards, a revoked one, a pending, a rejected and an accepted offer; two
     * items made at the same time; and another issuer's award to the same member.
     */
    @BeforeEach
    void storeGrants() {
        issuer = savedIssuer().id();
        other = savedIssuer().id();
        ada = savedMember().id();
        Template badge = savedRepeatableTemplate(issuer);
        Template elsewhere = savedRepeatableTemplate(other);
        Identity email = Identity.email("grace@example.org");
        Optional<MemberId> byAda = Optional.of(ada);
        Award first = saved(TestData.award(badge, Identity.member(ada), byAda, at(10)));
        Offer pending = saved(TestData.offer(badge, email, Optional.empty(), at(20)));
        Award sameTime = saved(TestData.award(badge, email, Optional.empty(), at(20)));
        saved(TestData.award(badge, email, Optional.empty(), at(25)).revoke("mistake", at(26)));
        Offer rejected = saved(TestData.offer(badge, Identity.member(ada), byAda, at(30)).reject(ada, at(31)));
        saved(TestData.offer(badge, Identity.member(ada), byAda, at(35)).accept(ada, at(36)));
        Award latest = saved(TestData.award(badge, Identity.member(ada), byAda, at(40)));
        saved(TestData.award(elsewhere, Identity.member(ada), byAda, at(50)));
        issued = List.of(latest, rejected, sameTime, pending, first);
    }

    private Page<Granted> page(GrantQuery query, PageRequest request) {
        return read(() -> store.grants().find(query, request));
    }

    @Test
    void an_issuer_lists_its_live_awards_and_unaccepted_offers_newest_first_an_award_before_an_offer_of_its_time() {
        Page<Granted> all = page(GrantQuery.ofIssuer(issuer), PageRequest.skipping(0, 100).withTotal());

        assertThat(all.items()).containsExactlyElementsOf(issued);
        assertThat(all.total()).hasValue(5);
    }

    @Test
    void a_page_skips_rows_in_the_database_order_and_counts_the_whole_list() {
        Page<Granted> second = page(GrantQuery.ofIssuer(issuer), PageRequest.skipping(2, 2).withTotal());
        Page<Granted> beyond = page(GrantQuery.ofIssuer(issuer), PageRequest.skipping(10, 2).withTotal());

        assertThat(second.items()).containsExactlyElementsOf(issued.subList(2, 4));
        assertThat(second.total()).hasValue(5);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).hasValue(5);
        assertThat(page(GrantQuery.ofIssuer(issuer), PageRequest.skipping(0, 2)).total()).isEmpty();
    }

    @Test
    void a_member_lists_what_reached_it_from_every_issuer() {
        Page<Granted> held = page(GrantQuery.heldBy(ada), PageRequest.skipping(0, 100).withTotal());

        assertThat(held.items()).hasSize(4).first().isInstanceOfSatisfying(Award.class,
                award -> assertThat(award.issuer()).isEqualTo(other));
        assertThat(held.items().subList(1, 4)).containsExactly(issued.get(0), issued.get(1), issued.get(4));
        assertThat(held.total()).hasValue(4);
    }

    @Test
    void the_list_is_read_by_position_only() {
        assertThatIllegalArgumentException().isThrownBy(() -> page(GrantQuery.ofIssuer(issuer),
                PageRequest.after(new Cursor("", 1), 10)));
    }
}
