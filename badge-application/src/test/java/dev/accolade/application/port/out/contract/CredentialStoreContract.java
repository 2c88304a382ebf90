package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.application.port.out.UniqueConstraintViolation;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardCredential;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.award.AwardSource;
import dev.accolade.domain.award.AwardTerms;
import dev.accolade.domain.award.Grant;
import dev.accolade.domain.award.StatusSlot;
import dev.accolade.domain.common.Evidence;
import dev.accolade.domain.common.PublicId;
import dev.accolade.domain.common.SealedSecret;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.credential.IssuerKey;
import dev.accolade.domain.credential.KeyAlgorithm;
import dev.accolade.domain.identity.EmailAddress;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerProfile;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.testdata.TestData;
import java.util.BitSet;
import java.util.List;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every store promises about credentials: awards found by public id and status slot, a list's
 * revoked bits, templates by public id, issuer profiles and pinned bases, and issuers' keys.
 */
public abstract class CredentialStoreContract extends StoreContract {

    private static final SealedSecret SEALED = new SealedSecret("v1." + "A".repeat(1700));

    @Test
    void an_award_is_found_by_its_public_id_and_nothing_by_another() {
        Template template = savedTemplate(savedIssuer().id());
        Award award = saved(TestData.award(template, Identity.email("ada@example.org")));

        assertThat(read(() -> store.awardCredentials().findByPublicId(award.credential().id()))).contains(award);
        assertThat(read(() -> store.awardCredentials().findByPublicId(TestData.publicId()))).isEmpty();
    }

    @Test
    void a_slot_is_taken_only_within_the_issuer_that_holds_it() {
        Template template = savedTemplate(savedIssuer().id());
        Award award = saved(TestData.award(template, Identity.email("ada@example.org")));
        StatusSlot slot = award.credential().status();

        Issuer other = savedIssuer();

        assertThat(read(() -> store.awardCredentials().isSlotTaken(template.issuer(), slot))).isTrue();
        assertThat(read(() -> store.awardCredentials().isSlotTaken(other.id(), slot))).isFalse();
        assertThat(read(() -> store.awardCredentials().isSlotTaken(template.issuer(),
                new StatusSlot(slot.list() + 1, slot.index())))).isFalse();
    }

    @Test
    void two_awards_of_one_issuer_never_share_a_slot_nor_two_awards_a_public_id() {
        Template template = savedRepeatableTemplate(savedIssuer().id());
        Award first = saved(TestData.award(template, Identity.email("ada@example.org")));
        AwardCredential sameSlot = new AwardCredential(TestData.publicId(), first.credential().salt(),
                first.credential().status());
        AwardCredential samePublicId = new AwardCredential(first.credential().id(), first.credential().salt(),
                new StatusSlot(first.credential().status().list(), (first.credential().status().index() + 1)
                        % StatusSlot.LIST_SIZE));

        assertThatThrownBy(() -> write(() -> store.awards().insert(awardWith(template, sameSlot))))
                .isInstanceOf(UniqueConstraintViolation.class);
        assertThatThrownBy(() -> write(() -> store.awards().insert(awardWith(template, samePublicId))))
                .isInstanceOf(UniqueConstraintViolation.class);
    }

    @Test
    void a_list_has_the_bits_of_its_revoked_awards_only() {
        Template template = savedRepeatableTemplate(savedIssuer().id());
        Award kept = saved(awardWith(template, credentialAt(3, 10)));
        Award revoked = saved(awardWith(template, credentialAt(3, 131_071)));
        saved(awardWith(template, credentialAt(4, 7)).revoke("Mistake", at(9)));
        write(() -> store.awards().update(revoked.revoke("Mistake", at(9))));

        Issuer other = savedIssuer();

        BitSet bits = read(() -> store.awardCredentials().revokedIn(template.issuer(), 3));

        assertThat(bits.stream().boxed().toList()).containsExactly(131_071);
        assertThat(kept.isActive()).isTrue();
        assertThat(read(() -> store.awardCredentials().hasList(template.issuer(), 3))).isTrue();
        assertThat(read(() -> store.awardCredentials().hasList(template.issuer(), 5))).isFalse();
        assertThat(read(() -> store.awardCredentials().hasList(other.id(), 3))).isFalse();
    }

    @Test
    void a_template_is_found_by_its_public_id() {
        Template template = savedTemplate(savedIssuer().id());

        assertThat(read(() -> store.templates().findByPublicId(template.publicId()))).contains(template);
        assertThat(read(() -> store.templates().findByPublicId(TestData.publicId()))).isEmpty();
    }

    @Test
    void an_issuer_comes_back_with_its_profile_and_pinned_base_and_a_new_profile_replaces_the_old() {
        IssuerProfile profile = new IssuerProfile(Optional.of(new WebUrl("https://demo.example")),
                Optional.of(new EmailAddress("badges@demo.example")),
                        Optional.of(new WebUrl("https://demo.example/l.png")),
                "Line one\nline two — «quoted»", ZoneId.of("America/Argentina/Buenos_Aires"));
        Issuer issuer = saved(TestData.issuer().withProfile(profile).pinCredentialsTo(new WebUrl("https://b.example")));

        assertThat(read(() -> store.issuers().findById(issuer.id()))).contains(issuer);

        Issuer cleared = issuer.withProfile(IssuerProfile.EMPTY);
        write(() -> store.issuers().updateProfile(cleared));

        assertThat(read(() -> store.issuers().findById(issuer.id()))).contains(cleared);
    }

    @Test
    void pinning_fixes_only_issuers_without_a_base_and_lists_every_base() {
        Issuer pinned = saved(TestData.issuer().pinCredentialsTo(new WebUrl("https://old.example")));
        Issuer unpinned = saved(TestData.issuer());

        int count = inTransaction(() -> store.issuers().pinCredentials(new WebUrl("https://new.example")));

        assertThat(count).isPositive();
        assertThat(read(() -> store.issuers().findById(pinned.id())).orElseThrow().credentialBase())
                .contains(new WebUrl("https://old.example"));
        assertThat(read(() -> store.issuers().findById(unpinned.id())).orElseThrow().credentialBase())
                .contains(new WebUrl("https://new.example"));
        assertThat(read(() -> store.issuers().credentialBases()))
                .contains(new WebUrl("https://old.example"), new WebUrl("https://new.example"));
        assertThat(inTransaction(() -> store.issuers().pinCredentials(new WebUrl("https://third.example"))))
                .isZero();
    }

    @Test
    void an_issuers_keys_come_back_by_algorithm_and_generation_and_a_retired_key_stays() {
        Issuer issuer = savedIssuer();
        IssuerKey rsa = IssuerKey.create(issuer.id(), KeyAlgorithm.RS256, 1, "QUJD", SEALED, at(1));
        IssuerKey second = IssuerKey.create(issuer.id(), KeyAlgorithm.ED25519, 2, "REVG", SEALED, at(3));
        IssuerKey first = IssuerKey.create(issuer.id(), KeyAlgorithm.ED25519, 1, "R0hJ", SEALED, at(2));
        write(() -> List.of(rsa, second, first).forEach(store.issuerKeys()::insert));
        write(() -> store.issuerKeys().update(first.retire(at(3))));
        Issuer other = savedIssuer();

        assertThat(read(() -> store.issuerKeys().findByIssuer(issuer.id())))
                .containsExactly(first.retire(at(3)), second, rsa);
        assertThat(read(() -> store.issuerKeys().findByIssuer(other.id()))).isEmpty();
    }

    @Test
    void an_issuer_has_one_key_per_algorithm_and_generation() {
        Issuer issuer = savedIssuer();
        write(() -> store.issuerKeys().insert(IssuerKey.create(issuer.id(), KeyAlgorithm.ED25519, 1, "QUJD", SEALED,
                at(1))));

        assertThatThrownBy(() -> write(() -> store.issuerKeys().insert(IssuerKey.create(issuer.id(),
                KeyAlgorithm.ED25519, 1, "REVG", SEALED, at(2))))).isInstanceOf(UniqueConstraintViolation.class);
    }

    private static AwardCredential credentialAt(long list, int index) {
        return new AwardCredential(TestData.publicId(), TestData.credential().salt(), new StatusSlot(list, index));
    }

    private static Award awardWith(Template template, AwardCredential credential) {
        return Award.grant(new AwardId(TestData.nextId()), new Grant(AwardTerms.of(template),
                Identity.email("grace@example.org"), Optional.empty(), Optional.empty(), Evidence.NONE,
                Optional.empty()), new AwardSource.Direct(), at(2), credential);
    }
}
