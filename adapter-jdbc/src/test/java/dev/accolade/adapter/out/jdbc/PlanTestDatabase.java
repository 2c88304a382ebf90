package dev.accolade.adapter.out.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.accolade.application.port.out.contract.ContractData;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.out.score.CountedAward;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.category.Category;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.delivery.Delivery;
import dev.accolade.domain.delivery.DeliverySource;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.identity.IdentityClaim;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.issuer.IssuerSlug;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.rule.CompositeRule;
import dev.accolade.domain.rule.Metric;
import dev.accolade.domain.rule.MetricEvent;
import dev.accolade.domain.rule.Rule;
import dev.accolade.domain.rule.RuleJob;
import dev.accolade.domain.rule.ThresholdRule;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateDetails;
import dev.accolade.domain.template.TemplateId;
import dev.accolade.domain.template.TitleSearch;
import dev.accolade.domain.testdata.TestData;
import dev.accolade.domain.webhook.WebhookEndpoint;
import dev.accolade.domain.webhook.WebhookEndpointId;
import dev.accolade.domain.webhook.WebhookEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * A database of its own for the plan tests: migrated, filled with some thousands of rows spread over many
 * issuers, members, templates and webhook endpoints so that every filter is selective, its statistics
 * gathered, and a store on it whose SQL a {@link PlanRecorder} watches.
 */
final class PlanTestDatabase implements AutoCloseable {

    private static final List<String> TABLES = List.of("member", "issuer", "category", "template",
            "template_category", "award", "offer", "award_request", "webhook_endpoint", "delivery", "metric_event",
            "metric_counter", "metric_day", "rule_award", "template_rule_dependency", "rule_job", "score_subject",
            "score_subject_count", "award_score", "leaderboard_score", "leaderboard_band", "leaderboard_block",
            "leaderboard_tie", "template_holding", "template_holder_count");
    private static final int MEMBERS = 100;
    private static final int CLAIMS_PER_MEMBER = 20;
    private static final int ISSUERS = 60;
    private static final int PUBLISHED_PER_ISSUER = 6;
    private static final int CATEGORIES = 6;
    private static final int HANDLES = 300;
    private static final int AWARDS = 4_000;
    private static final int OFFERS = 1_500;
    private static final int REQUESTS = 1_500;
    private static final int ENDPOINTS = 100;
    private static final int DELIVERIES = 3_000;
    private static final int SUBJECTS_PER_ISSUER = 20;
    private static final int DAYS_PER_SUBJECT = 30;
    /** Until when the open rule jobs are held: they are never claimable in these tests. */
    private static final Instant CLAIMED_UNTIL = Instant.parse("2999-01-01T00:00:00Z");
    /** The first day of the subjects' day sums. */
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
    private static final int SCORED_ISSUERS = 6;
    private static final int SCORED_SUBJECTS = 400;
    /** The leaderboard bucket the scores were counted in besides all time: the day of the data. */
    static final List<String> SCORE_PERIODS = List.of("all", "d2026-01-02", "w2026-W01", "m2026-01");
    /** When every seventh counted award of the leaderboards expires. */
    static final Instant SCORES_EXPIRE = Instant.parse("2026-06-01T00:00:00Z");
    /** The metrics of the rules and events the data holds. */
    static final List<Metric> METRICS = List.of(new Metric("comments"), new Metric("likes"));

    private static final Map<JdbcTarget, PlanTestDatabase> SHARED = new EnumMap<>(JdbcTarget.class);

    private final HikariDataSource pool;
    private final PlanRecorder recorder;
    private final JdbcStore store;
    private final List<MemberId> members = new ArrayList<>();
    private final List<IssuerId> issuers = new ArrayList<>();
    private final List<CategoryId> categories = new ArrayList<>();
    private final List<Template> published = new ArrayList<>();
    private final List<WebhookEndpoint> endpoints = new ArrayList<>();
    private Instant now = TestData.T0;
    private Instant firstAward = now;

    /**
     * The one filled database of a kind that every plan test of this test run reads (filling one takes seconds);
     * it is closed when the JVM exits. The plan tests only read it, so no test sees another's rows.
     */
    static synchronized PlanTestDatabase shared(JdbcTarget target) {
        return SHARED.computeIfAbsent(target, kind -> {
            PlanTestDatabase database = new PlanTestDatabase(kind);
            Runtime.getRuntime().addShutdownHook(new Thread(database::close, "plan-database-" + kind.name()));
            return database;
        });
    }

    /** Creates, migrates and fills a new database of a kind. */
    private PlanTestDatabase(JdbcTarget target) {
        JdbcSettings settings = target.freshSettings();
        this.pool = ConnectionPools.open(settings.withPoolSize(2), "plans-" + target.name());
        new Migrations(pool, settings.dialect()).migrate();
        this.recorder = new PlanRecorder(PlanExplainer.of(settings.dialect()));
        this.store = JdbcStore.on(pool, settings.dialect(),
                jdbi -> jdbi.getConfig(SqlStatements.class).setSqlLogger(recorder));
        store.transactions().inTransaction(() -> {
            fill();
            return null;
        });
        analyze();
    }

    JdbcStore store() {
        return store;
    }

    PlanRecorder recorder() {
        return recorder;
    }

    /** A member who holds some of the awards and has made some of the requests. */
    MemberId member() {
        return members.get(4);
    }

    /** An issuer with templates, awards, offers and requests. */
    IssuerId issuer() {
        return issuers.get(2);
    }

    /** Another such issuer. */
    IssuerId otherIssuer() {
        return issuers.get(5);
    }

    /** A webhook endpoint with deliveries, among many others'. */
    WebhookEndpointId endpoint() {
        return endpoints.get(3).id();
    }

    /** A category some published templates are in. */
    CategoryId category() {
        return categories.get(1);
    }

    /** A published template with awards. */
    TemplateId template() {
        return published.get(7).id();
    }

    /** An identity some awards are addressed to that no member holds. */
    Identity unclaimedRecipient() {
        return handle(5);
    }

    /** About when the first award was made; one is made every minute after. */
    Instant firstAward() {
        return firstAward;
    }

    /** A title search that the templates' titles ({@code Template <id>}) match, in another case. */
    TitleSearch titleSearch() {
        return new TitleSearch("TEMPLATE ");
    }

    /** From half a day after the first award to a month after it: later awards, and every offer and request. */
    TimeWindow span() {
        return TimeWindow.between(firstAward.plus(Duration.ofHours(12)), firstAward.plus(Duration.ofDays(30)));
    }

    private void fill() {
        for (int m = 0; m < MEMBERS; m++) {
            Member member = TestData.member();
            store.members().insert(member);
            members.add(member.id());
            for (int c = 0; c < CLAIMS_PER_MEMBER; c++) {
                store.identityClaims().insert(new IdentityClaim(Identity.email("member" + m + "-" + c + "@example.org"),
                        member.id(), tick()));
            }
        }
        for (int c = 0; c < CATEGORIES; c++) {
            Category category = TestData.category();
            store.categories().insert(category);
            categories.add(category.id());
        }
        for (int i = 0; i < ISSUERS; i++) {
            long id = TestData.nextId();
            Optional<MemberId> owner = i % 3 == 0 ? Optional.of(members.get(i)) : Optional.empty();
            Issuer issuer = Issuer.create(new IssuerId(id), new IssuerSlug("issuer-" + id), "Issuer " + id, owner,
                    tick());
            store.issuers().insert(issuer);
            issuers.add(issuer.id());
            fillTemplates(issuer.id(), i);
            fillEvents(issuer.id());
        }
        firstAward = now;
        for (int a = 0; a < AWARDS; a++) {
            Template template = published.get(a % published.size());
            Optional<MemberId> holder = a % 2 == 0 ? Optional.of(members.get(a % MEMBERS)) : Optional.empty();
            Identity recipient = holder.isPresent() ? Identity.member(holder.get()) : handle(a % HANDLES);
            Award award = TestData.award(template, recipient, holder, tick());
            store.awards().insert(a % 10 == 0 ? award.revoke("Given by mistake", now) : award);
        }
        for (int o = 0; o < OFFERS; o++) {
            Template template = published.get(o % published.size());
            MemberId holder = members.get(o % MEMBERS);
            store.offers().insert(TestData.offer(template, Identity.member(holder), Optional.of(holder), tick()));
        }
        for (int r = 0; r < REQUESTS; r++) {
            Template template = published.get(r % published.size());
            MemberId applicant = members.get(r / published.size() % MEMBERS);
            store.requests().insert(TestData.request(template, applicant, tick()));
        }
        fillDeliveries();
        fillScores();
    }

    /** Points of many subjects on the leaderboards of some issuers, each in every bucket of the day. */
    private void fillScores() {
        for (int i = 0; i < SCORED_ISSUERS; i++) {
            IssuerId issuer = issuers.get(i);
            for (int s = 0; s < SCORED_SUBJECTS; s++) {
                store.scores().enrol(issuer, handle(s));
                store.scores().count(new CountedAward(new AwardId(TestData.nextId()), issuer,
                        published.get(i * PUBLISHED_PER_ISSUER + s % PUBLISHED_PER_ISSUER).id(), handle(s),
                        (s * 37L) % 500 + 1, SCORE_PERIODS,
                        s % 7 == 0 ? Optional.of(SCORES_EXPIRE) : Optional.empty()), tick());
            }
        }
    }

    /** Endpoints of many issuers, and deliveries to them spread among offers' callbacks. */
    private void fillDeliveries() {
        for (int e = 0; e < ENDPOINTS; e++) {
            WebhookEndpoint endpoint = ContractData.webhookEndpoint(issuers.get(e % ISSUERS),
                    Set.of(WebhookEvent.AWARD_GRANTED), ContractData.sealedSecret(), tick());
            store.webhooks().insert(endpoint);
            endpoints.add(endpoint);
        }
        for (int d = 0; d < DELIVERIES; d++) {
            WebhookEndpoint endpoint = endpoints.get(d % ENDPOINTS);
            DeliverySource source = d % 4 == 0 ? new DeliverySource.Callback(new OfferId(TestData.nextId()))
                    : new DeliverySource.Webhook(endpoint.id(), WebhookEvent.AWARD_GRANTED);
            store.deliveries().insert(Delivery.pending(TestData.nextId(), source, endpoint.url(), "{}", tick()));
        }
    }

    /** Published templates in two categories each, drafts in every category, and some in review or rejected. */
    private void fillTemplates(IssuerId issuer, int issuerIndex) {
        for (int t = 0; t < PUBLISHED_PER_ISSUER; t++) {
            List<CategoryId> in = List.of(categories.get((issuerIndex + t) % CATEGORIES),
                    categories.get((issuerIndex + t + 1) % CATEGORIES));
            Rule rule = t < 4 ? new ThresholdRule(METRICS.get(t % METRICS.size()), 5L * (t + 1))
                    : t == 4 ? CompositeRule.allOf(List.of(published.get(published.size() - 4).id())) : null;
            Template template = template(issuer, TestData.details().categories(in).repeatable(true)
                    .rule(rule).build()).publishNow(tick());
            store.templates().insert(template);
            published.add(template);
            if (rule != null) {
                RuleJob job = RuleJob.start(template.id(), issuer, rule, tick());
                store.ruleJobs().save(t == 0 && issuerIndex % 6 == 0 ? job.claimedUntil(CLAIMED_UNTIL)
                        : job.finished(tick()));
            }
        }
        for (int t = 0; t < 4; t++) {
            store.templates().insert(template(issuer, TestData.details().categories(categories).build()));
            store.templates().insert(template(issuer, TestData.details().build()).submit(tick()));
        }
        store.templates().insert(template(issuer, TestData.details().build()).submit(tick()).reject("No", tick()));
    }

    /** Events on every metric by some subjects of the issuer, and their sums. */
    private void fillEvents(IssuerId issuer) {
        for (int s = 0; s < SUBJECTS_PER_ISSUER; s++) {
            for (Metric metric : METRICS) {
                MetricEvent event = new MetricEvent(issuer, "e-" + s + "-" + metric.name(), handle(s), metric, s + 1,
                        tick(), now);
                store.metricEvents().insertIfNew(event);
                store.metricCounters().add(issuer, event.subject(), metric, event.value());
                for (int day = 0; day < DAYS_PER_SUBJECT; day++) {
                    store.metricCounters().addOnDay(issuer, event.subject(), metric, FIRST_DAY.plusDays(day), day + 1);
                }
            }
            store.ruleAwards().insertIfNew(published.get(published.size() - PUBLISHED_PER_ISSUER).id(), handle(s),
                    now, now);
        }
    }

    private Template template(IssuerId issuer, TemplateDetails details) {
        return Template.create(new TemplateId(TestData.nextId()), TestData.publicId(), issuer, details, tick());
    }

    /** A minute after the last time this data was made at: rows are made one after the other, as in use. */
    private Instant tick() {
        now = now.plusSeconds(60);
        return now;
    }

    private static Identity handle(int number) {
        return Identity.handle("minecraft:survival", "player" + number);
    }

    /** Gathers the statistics the planners choose by. */
    private void analyze() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute("ANALYZE " + (store.dialect() == JdbcDialect.H2 ? "TABLE " : "") + table);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("could not gather statistics", failure);
        }
    }

    @Override
    public void close() {
        store.close();
        pool.close();
    }
}
