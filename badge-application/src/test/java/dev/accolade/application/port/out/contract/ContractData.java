package dev.accolade.application.port.out.contract;

import static dev.accolade.domain.testdata.TestData.T0;
import static dev.accolade.domain.testdata.TestData.nextId;

import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.award.AwardSource;
import dev.accolade.domain.award.AwardTerms;
import dev.accolade.domain.award.Grant;
import dev.accolade.domain.award.RecipientName;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.common.AssetLocation;
import dev.accolade.domain.common.Attachment;
import dev.accolade.domain.common.Evidence;
import dev.accolade.domain.common.FileFormat;
import dev.accolade.domain.common.ImageFormat;
import dev.accolade.domain.common.ImageRef;
import dev.accolade.domain.common.SealedSecret;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.issuer.IssuerSlug;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.offer.OfferCallback;
import dev.accolade.domain.template.CustomFields;
import dev.accolade.domain.template.FieldValue;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.rule.Metric;
import dev.accolade.domain.rule.ThresholdRule;
import dev.accolade.domain.template.TemplateDetails;
import dev.accolade.domain.testdata.TestData;
import dev.accolade.domain.webhook.WebhookEndpoint;
import dev.accolade.domain.webhook.WebhookEndpointId;
import dev.accolade.domain.webhook.WebhookEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Test data the store contracts need beyond the domain's {@link TestData}: chosen instants, aggregates
 * with every optional part filled, and values that are hard to store exactly.
 */
public final class ContractData {

    private ContractData() {
    }

    /** An instant some seconds after {@link TestData#T0}, keeping its microseconds. */
    public static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    /** An instant some microseconds after another. */
    public static Instant plusMicros(Instant instant, long micros) {
        return instant.plus(micros, ChronoUnit.MICROS);
    }

    /** An issuer with a unique slug, created at a given time. */
    public static Issuer issuerCreatedAt(Instant createdAt) {
        long id = nextId();
        return Issuer.create(new IssuerId(id), new IssuerSlug("issuer-" + id), "Issuer " + id, Optional.empty(),
                createdAt);
    }

    /** An issuer owned by a member, created at a given time. */
    public static Issuer issuerOwnedBy(MemberId owner, Instant createdAt) {
        long id = nextId();
        return Issuer.create(new IssuerId(id), new IssuerSlug("personal-" + id), "Personal " + id,
                Optional.of(owner), createdAt);
    }

    /** Content with a given title and defaults for the rest. */
    public static TemplateDetails titled(String title) {
        return TemplateDetails.titled(title).build();
    }

    /** Content with every optional part present: icon, categories, attachments, type, custom fields, flags. */
    public static TemplateDetails everyDetail(List<CategoryId> categories) {
        return TemplateDetails.titled("Crème brûlée — master " + nextId())
                .description("Bakes a custard\nwith a \"burnt\" top; 100% sugar, 0 regrets ✓")
                .icon(new ImageRef(ImageFormat.PNG, new AssetLocation("https://img.example.org/icons/brulee.png?v=2")))
                .categories(categories)
                .attachments(List.of(
                        new Attachment("recipe.docx", FileFormat.DOCX,
                                new AssetLocation("https://files.example.org/recipe.docx")),
                        new Attachment("photo.jpg", FileFormat.JPG, new AssetLocation("blob:42")),
                        new Attachment("archive.zip", FileFormat.ZIP,
                                new AssetLocation("http://files.example.org/a%20b.zip"))))
                .criteria("1. Heat the cream\n2. Whisk the yolks\n\tThen bake at 150 °C")
                .type("gold")
                .customFields(customFields())
                .featured(true)
                .repeatable(true)
                .acceptanceRequired(true)
                .rule(new ThresholdRule(new Metric("forum.comments"), 25))
                .build();
    }

    /**
     * Custom fields that only an exact store keeps: keys out of alphabetical order, nested lists and
     * objects, numbers whose scale matters, null, booleans, and texts with quotes and unicode.
     */
    public static CustomFields customFields() {
        Map<String, FieldValue> nested = new LinkedHashMap<>();
        nested.put("zulu", FieldValue.number(new BigDecimal("5.10")));
        nested.put("alpha", FieldValue.NULL);
        nested.put("mike", new FieldValue.ListValue(List.of(FieldValue.bool(false), FieldValue.text(""),
                new FieldValue.ObjectValue(Map.of("deep", new FieldValue.ListValue(List.of(FieldValue.text("x"))))))));
        nested.put("empty", new FieldValue.ObjectValue(Map.of()));
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        fields.put("zeta", FieldValue.text("last \"quoted\" \\ back-slashed, line\nbreak, emoji 🍰"));
        fields.put("Alpha", FieldValue.number(new BigDecimal("5.10")));
        fields.put("m_9", new FieldValue.ListValue(List.of(FieldValue.number(new BigDecimal("-0.0010")),
                FieldValue.number(new BigDecimal("123456789012345678901234567890")),
                FieldValue.number(new BigDecimal("1E+3")), FieldValue.number(BigDecimal.ZERO),
                new FieldValue.ListValue(List.of()))));
        fields.put("link", new FieldValue.ObjectValue(nested));
        fields.put("active", FieldValue.bool(true));
        fields.put("nothing", FieldValue.NULL);
        return new CustomFields(fields);
    }

    /** Evidence with a narrative over several lines and links in a chosen order. */
    public static Evidence evidence() {
        return new Evidence("Baked it twice.\nSecond time better — see the links.",
                List.of(new WebUrl("https://example.org/z-last"), new WebUrl("https://example.org/a-first?x=1&y=2"),
                        new WebUrl("http://example.org/m#frag")));
    }

    /** A recipient name with letters outside ASCII in both parts. */
    public static RecipientName recipientName() {
        return new RecipientName("Zoë Åsa", "Ōtsuka-Müller");
    }

    /**
     * Recipient names that only an exact store keeps: plain ASCII, letters outside ASCII and outside
     * the Basic Multilingual Plane, quotes, and both parts at the longest allowed, in one-byte, two-byte
     * and surrogate-pair characters.
     */
    public static List<RecipientName> recipientNames() {
        int max = RecipientName.MAX_LENGTH;
        return List.of(new RecipientName("Ada", "Lovelace"), recipientName(),
                new RecipientName("王 小明", "O'Brien \"😀\""),
                new RecipientName("a".repeat(max), "é".repeat(max)),
                new RecipientName("😀".repeat(max / 2), "Ж".repeat(max)));
    }

    /** A callback with a URL and a well-formed token. */
    public static OfferCallback callback() {
        return new OfferCallback(new WebUrl("https://client.example.org/callback?offer=1"),
                "AbCdEfGhIjKlMnOpQrStUvWxYz012345");
    }

    /** A direct award of a published template, made at a given time. */
    public static Award award(Template template, Identity recipient, Instant at) {
        return TestData.award(template, recipient, Optional.empty(), at);
    }

    /** An award of a published template from a given source, with no optional part. */
    public static Award awardFrom(Template template, Identity recipient, AwardSource source, Instant at) {
        return Award.grant(new AwardId(nextId()), new Grant(AwardTerms.of(template), recipient, Optional.empty(),
                Optional.empty(), Evidence.NONE, Optional.empty()), source, at, TestData.credential());
    }

    /** An award of a published template with every optional part present. */
    public static Award awardWithEverything(Template template, Identity recipient, MemberId holder) {
        Instant awardedAt = plusMicros(at(60), 1);
        return Award.grant(new AwardId(nextId()), new Grant(AwardTerms.of(template), recipient,
                Optional.of(recipientName()), Optional.of(holder), evidence(), Optional.of(plusMicros(at(86_400 * 365),
                999_999))), new AwardSource.FromRule("five bakes in a week"), awardedAt, TestData.credential())
                .markViewed(plusMicros(at(120), 7))
                .revoke("Awarded by mistake — \"wrong\" recipient", plusMicros(at(180), 123_456));
    }

    /** A sealed secret of the right form that no master key opens, for rows whose secret is never read. */
    public static SealedSecret sealedSecret() {
        return new SealedSecret("v1.c2VhbGVk");
    }

    /** A webhook endpoint of an issuer for some events, with a sealed secret, registered at a given time. */
    public static WebhookEndpoint webhookEndpoint(IssuerId issuer, Set<WebhookEvent> events, SealedSecret secret,
            Instant createdAt) {
        return new WebhookEndpoint(new WebhookEndpointId(nextId()), issuer,
                new WebUrl("https://hooks.example.org/accolade?team=a%20b&x=1"), events, secret, createdAt);
    }
}
