package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static dev.accolade.application.port.out.contract.ContractData.plusMicros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.application.port.out.UniqueConstraintViolation;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.identity.IdentityClaim;
import dev.accolade.domain.member.Member;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every store promises about identity claims: every kind of identity, claimed once, listed per member. */
public abstract class IdentityClaimRepositoryContract extends StoreContract {

    private IdentityClaim savedClaim(Identity identity, Member member, Instant at) {
        IdentityClaim claim = new IdentityClaim(identity, member.id(), at);
        write(() -> store.identityClaims().insert(claim));
        return claim;
    }

    @Test
    void a_claim_on_a_member_identity_comes_back_equal() {
        Member member = savedMember();
        IdentityClaim claim = savedClaim(Identity.member(member.id()), member, plusMicros(at(1), 11));

        assertThat(read(() -> store.identityClaims().findByIdentity(Identity.member(member.id())))).contains(claim);
    }

    @Test
    void a_claim_on_an_email_identity_comes_back_equal() {
        Member member = savedMember();
        IdentityClaim claim = savedClaim(Identity.email(member.email().value()), member, plusMicros(at(1), 12));

        assertThat(read(() -> store.identityClaims().findByIdentity(Identity.email(member.email().value()))))
                .contains(claim);
    }

    @Test
    void a_claim_on_an_external_handle_comes_back_equal() {
        Member member = savedMember();
        Identity handle = Identity.handle("minecraft:survival.eu-1", "Steve_the/Miner 42");
        IdentityClaim claim = savedClaim(handle, member, plusMicros(at(1), 13));

        assertThat(read(() -> store.identityClaims().findByIdentity(
                Identity.handle("minecraft:survival.eu-1", "Steve_the/Miner 42")))).contains(claim);
    }

    @Test
    void an_unclaimed_identity_finds_no_claim() {
        Member member = savedMember();
        savedClaim(Identity.handle("minecraft:s", "steve"), member, at(1));

        assertThat(read(() -> store.identityClaims().findByIdentity(Identity.handle("minecraft:s", "alex"))))
                .isEmpty();
        assertThat(read(() -> store.identityClaims().findByIdentity(Identity.handle("minecraft:t", "steve"))))
                .isEmpty();
        assertThat(read(() -> store.identityClaims().findByIdentity(Identity.member(member.id())))).isEmpty();
    }

    @Test
    void handles_that_differ_only_in_case_are_different_identities() {
        Member lower = savedMember();
        Member upper = savedMember();
        IdentityClaim lowerClaim = savedClaim(Identity.handle("minecraft:s", "steve"), lower, at(1));
        IdentityClaim upperClaim = savedClaim(Identity.handle("minecraft:s", "Steve"), upper, at(2));

        assertThat(read(() -> store.identityClaims().findByIdentity(Identity.handle("minecraft:s", "steve"))))
                .contains(lowerClaim);
        assertThat(read(() -> store.identityClaims().findByIdentity(Identity.handle("minecraft:s", "Steve"))))
                .contains(upperClaim);
    }

    @Test
    void a_claimed_identity_is_refused_to_another_member_with_identity_already_claimed_and_changes_nothing() {
        Member first = savedMember();
        Member second = savedMember();
        Identity identity = Identity.email("shared@example.org");
        IdentityClaim original = savedClaim(identity, first, at(1));

        assertThatThrownBy(() -> write(() -> store.identityClaims()
                .insert(new IdentityClaim(Identity.email("Shared@Example.org"), second.id(), at(2)))))
                .isInstanceOfSatisfying(UniqueConstraintViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("identity_already_claimed"));

        assertThat(read(() -> store.identityClaims().findByIdentity(identity))).contains(original);
        assertThat(read(() -> store.identityClaims().findByMember(second.id()))).isEmpty();
    }

    @Test
    void a_claimed_identity_is_refused_to_the_same_member_a_second_time() {
        Member member = savedMember();
        Identity identity = Identity.handle("userbadges:chefs", "daniel");
        IdentityClaim original = savedClaim(identity, member, at(1));

        assertThatThrownBy(() -> write(() -> store.identityClaims()
                .insert(new IdentityClaim(identity, member.id(), at(2)))))
                .isInstanceOfSatisfying(UniqueConstraintViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("identity_already_claimed"));

        assertThat(read(() -> store.identityClaims().findByMember(member.id()))).containsExactly(original);
    }

    @Test
    void a_members_claims_are_listed_oldest_first_and_no_one_elses() {
        Member member = savedMember();
        Member other = savedMember();
        IdentityClaim late = savedClaim(Identity.handle("minecraft:s", "steve"), member, at(30));
        IdentityClaim early = savedClaim(Identity.member(member.id()), member, at(10));
        IdentityClaim middle = savedClaim(Identity.email(member.email().value()), member, plusMicros(at(10), 1));
        savedClaim(Identity.member(other.id()), other, at(20));

        assertThat(read(() -> store.identityClaims().findByMember(member.id()))).containsExactly(early, middle, late);
    }
}
