package dev.accolade.domain.testdata;

import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardCredential;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.award.AwardSource;
import dev.accolade.domain.award.AwardTerms;
import dev.accolade.domain.award.Grant;
import dev.accolade.domain.award.StatusSlot;
import dev.accolade.domain.category.Category;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.common.Evidence;
import dev.accolade.domain.common.PublicId;
import dev.accolade.domain.common.SecretHash;
import dev.accolade.domain.identity.EmailAddress;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.issuer.IssuerSlug;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.member.MemberProfile;
import dev.accolade.domain.member.PasswordHash;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.request.AwardRequest;
import dev.accolade.domain.request.AwardRequestId;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateDetails;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test data for every module's tests, shared through the domain's test-jar: valid aggregates with
 * unique ids and sensible defaults, so that a test states only what it is about.
 */
public final class TestData {

    /** A fixed instant, to the microsecond, that tests count from. */
    public static final Instant T0 = Instant.parse("2026-01-02T03:04:05.123456Z");

    private static final AtomicLong IDS = new AtomicLong(1_000);

    private TestData() {
    }

    /** A fresh id value, unique within the JVM. */
    public static long nextId() {
        return IDS.incrementAndGet();
    }

    /** An issuer with a unique slug. */
    public static Issuer issuer() {
        long id = nextId();
        return Issuer.create(new IssuerId(id), new IssuerSlug("issuer-" + id), "Issuer " + id, Optional.empty(), T0);
    }

    /** An issuer owned by a member. */
    public static Issuer issuerOwnedBy(MemberId owner) {
        long id = nextId();
        return Issuer.create(new IssuerId(id), new IssuerSlug("personal-" + id), "Personal " + id,
                Optional.of(owner), T0);
    }

    /** An unconfirmed member with a unique email, waiting on the token {@code confirm-<id>}. */
    public static Member unconfirmedMember() {
        long id = nextId();
        return Member.register(new MemberId(id), profile("member" + id + "@example.org"),
                new PasswordHash("test$" + id), Optional.empty(), SecretHash.of("confirm-" + id), T0);
    }

    /** A confirmed member with a unique email. */
    public static Member member() {
        return unconfirmedMember().confirmWithoutToken(T0);
    }

    /** A profile for an email address. */
    public static MemberProfile profile(String email) {
        return new MemberProfile(new EmailAddress(email), "Ada Lovelace", Optional.of("ada"), Optional.empty());
    }

    /** A root category with a unique name. */
    public static Category category() {
        long id = nextId();
        return Category.create(new CategoryId(id), "Category " + id, Optional.empty(), T0);
    }

    /** A category under a parent (or at the root when empty) at a position among its siblings. */
    public static Category category(Optional<CategoryId> parent, int position) {
        long id = nextId();
        return Category.reconstitute(new CategoryId(id), "Category " + id, parent, position, T0);
    }

    /** Template content with a unique title and defaults for the rest. */
    public static TemplateDetails.Builder details() {
        return TemplateDetails.titled("Template " + nextId());
    }

    /** A fresh public id, different from every other one this class hands out. */
    public static PublicId publicId() {
        return new PublicId(String.format("pub%019d", nextId()));
    }

    /** A fresh award credential: a new public id, a salt and a status slot. */
    public static AwardCredential credential() {
        long n = nextId();
        return new AwardCredential(new PublicId(String.format("cred%018d", n)), String.format("salt%028d", n),
                new StatusSlot(0, (int) (n % StatusSlot.LIST_SIZE)));
    }

    /** A draft template of an issuer. */
    public static Template draft(IssuerId issuer) {
        return draft(issuer, details().build());
    }

    /** A draft template of an issuer with given content. */
    public static Template draft(IssuerId issuer, TemplateDetails details) {
        return Template.create(new TemplateId(nextId()), publicId(), issuer, details, T0);
    }

    /** A template of an issuer submitted for review and never published. */
    public static Template pendingReview(IssuerId issuer) {
        return draft(issuer).submit(T0);
    }

    /** A template of an issuer refused in review and never published. */
    public static Template rejected(IssuerId issuer) {
        return pendingReview(issuer).reject("Not yet", T0);
    }

    /** A published template of an issuer. */
    public static Template published(IssuerId issuer) {
        return published(issuer, details().build());
    }

    /** A published template of an issuer with given content. */
    public static Template published(IssuerId issuer, TemplateDetails details) {
        return draft(issuer, details).publishNow(T0);
    }

    /** A direct award of a published template to an identity, made at a given time. */
    public static Award award(Template template, Identity recipient, Optional<MemberId> holder, Instant at) {
        return Award.grant(new AwardId(nextId()), new Grant(AwardTerms.of(template), recipient, Optional.empty(),
                holder, Evidence.NONE, Optional.empty()), new AwardSource.Direct(), at, credential());
    }

    /** A direct award of a published template to an identity nobody holds yet. */
    public static Award award(Template template, Identity recipient) {
        return award(template, recipient, Optional.empty(), T0);
    }

    /** A pending offer of a published template to an identity, made at a given time. */
    public static Offer offer(Template template, Identity recipient, Optional<MemberId> holder, Instant at) {
        return Offer.make(new OfferId(nextId()), new Grant(AwardTerms.of(template), recipient, Optional.empty(),
                holder, Evidence.NONE, Optional.empty()), Optional.empty(), at);
    }

    /** A pending request for a published template by a member, made at a given time. */
    public static AwardRequest request(Template template, MemberId applicant, Instant at) {
        return AwardRequest.apply(new AwardRequestId(nextId()), template, applicant, "I did it", Evidence.NONE, at);
    }
}
