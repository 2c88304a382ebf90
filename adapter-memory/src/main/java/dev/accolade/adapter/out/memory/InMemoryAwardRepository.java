package dev.accolade.adapter.out.memory;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.out.award.AwardQuery;
import dev.accolade.application.port.out.award.AwardRepository;
import dev.accolade.application.port.out.award.RecipientStatistics;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.award.AwardStatistics;
import dev.accolade.domain.award.Grant;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.template.PublishedRevision;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateDetails;
import dev.accolade.domain.template.TemplateId;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Awards in memory; one live award per recipient of a non-repeatable template. */
final class InMemoryAwardRepository implements AwardRepository {

    private static final Unique<Award> EXCLUSIVE = new Unique<>("award_already_exists",
            "The recipient already holds this template.", Award::exclusivityKey);
    /** Credentials' public ids are unique. */
    static final Unique<Award> PUBLIC_ID = new Unique<>("award_public_id_taken", "The public id is already in use.",
            award -> Optional.of(award.credential().id()));
    /** An issuer's status slots are each held by one award. */
    static final Unique<Award> STATUS_SLOT = new Unique<>("status_slot_taken", "The status slot is already in use.",
            award -> Optional.of(List.of(award.issuer(), award.credential().status())));
    private static final Comparator<Award> OLDEST_FIRST = Comparator.comparing(Award::awardedAt)
            .thenComparingLong(a -> a.id().value());

    private final InMemoryDatabase database;
    private final Table<AwardId, Award> table;
    private final Table<TemplateId, Template> templates;
    private final Table<AwardId, AwardId> hidden;

    InMemoryAwardRepository(InMemoryDatabase database, Table<TemplateId, Template> templates) {
        this.database = database;
        this.table = Tables.byId(database, Award::id, List.of(EXCLUSIVE, PUBLIC_ID, STATUS_SLOT));
        this.templates = templates;
        this.hidden = Tables.byId(database, Function.identity(), List.of());
    }

    /** The awards table, for listing awards together with offers. */
    Table<AwardId, Award> table() {
        return table;
    }

    @Override
    public void insert(Award award) {
        database.write(() -> table.insert(award));
    }

    @Override
    public void insertAll(List<Award> awards) {
        database.write(() -> awards.forEach(table::insert));
    }

    @Override
    public List<Award> findActiveAmong(Collection<Grant> grants) {
        Set<List<Object>> toRecipients = grants.stream().map(grant -> List.<Object>of(grant.template(),
                grant.recipient())).collect(Collectors.toSet());
        Set<List<Object>> ofHolders = grants.stream().flatMap(grant -> grant.holder().stream()
                .map(holder -> List.<Object>of(grant.template(), holder))).collect(Collectors.toSet());
        return database.read(() -> table.rows().filter(Award::isActive)
                .filter(award -> toRecipients.contains(List.of(award.template(), award.recipient()))
                        || award.holder().filter(holder -> ofHolders.contains(List.of(award.template(), holder)))
                                .isPresent())
                .sorted(OLDEST_FIRST).toList());
    }

    @Override
    public void update(Award award) {
        database.write(() -> table.update(award));
    }

    @Override
    public Optional<Award> findById(AwardId id) {
        return database.read(() -> table.get(id));
    }

    @Override
    public Optional<Award> findActive(TemplateId template, Identity recipient, Optional<MemberId> holder) {
        return database.read(() -> table.rows().filter(Award::isActive)
                .filter(award -> award.template().equals(template))
                .filter(award -> award.recipient().equals(recipient)
                        || (holder.isPresent() && award.holder().equals(holder)))
                .min(OLDEST_FIRST));
    }

    @Override
    public List<Award> findUndelivered(Collection<Identity> recipients) {
        Set<Identity> wanted = Set.copyOf(recipients);
        return database.read(() -> table.rows()
                .filter(award -> award.holder().isEmpty() && wanted.contains(award.recipient()))
                .sorted(OLDEST_FIRST).toList());
    }

    @Override
    public Page<Award> find(AwardQuery query, PageRequest page) {
        return database.read(() -> {
            List<Award> selected = table.rows().filter(matching(query)).toList();
            return switch (query.sort()) {
                case ID -> SortKey.<Award>byId(a -> a.id().value()).page(selected, query.direction(), page);
                case NAME -> SortKey.<Award>byText(this::titleOf, a -> a.id().value())
                        .page(selected, query.direction(), page);
                case AWARDED -> SortKey.<Award>byTime(Award::awardedAt, a -> a.id().value())
                        .page(selected, query.direction(), page);
            };
        });
    }

    @Override
    public Map<TemplateId, AwardStatistics> statistics(Collection<TemplateId> wanted) {
        Set<TemplateId> ids = Set.copyOf(wanted);
        return database.read(() -> tally(table.rows().filter(Award::isActive)
                .filter(award -> ids.contains(award.template())).toList(), Award::template));
    }

    @Override
    public List<RecipientStatistics> recipientStatistics(IssuerId issuer, Collection<Identity> recipients) {
        Set<Identity> wanted = Set.copyOf(recipients);
        return database.read(() -> tally(table.rows().filter(Award::isActive)
                .filter(award -> award.issuer().equals(issuer) && wanted.contains(award.recipient())).toList(),
                award -> Map.entry(award.recipient(), award.template()))
                .entrySet().stream()
                .map(e -> new RecipientStatistics(e.getKey().getKey(), e.getKey().getValue(), e.getValue()))
                .toList());
    }

    @Override
    public List<Identity> recentRecipients(IssuerId issuer, int limit) {
        return database.read(() -> table.rows().filter(Award::isActive)
                .filter(award -> award.issuer().equals(issuer)).sorted(OLDEST_FIRST.reversed())
                .map(Award::recipient).distinct().limit(limit).toList());
    }

    @Override
    public List<Identity> recipients(TemplateId template, Optional<String> after, int limit) {
        return database.read(() -> table.rows().filter(Award::isActive)
                .filter(award -> award.template().equals(template)).map(award -> award.recipient().key())
                .filter(key -> after.map(last -> key.compareTo(last) > 0).orElse(true)).distinct().sorted()
                .limit(limit).map(Identity::parse).toList());
    }

    @Override
    public void deleteByTemplate(TemplateId template) {
        database.write(() -> table.rows().filter(award -> award.template().equals(template)).toList()
                .forEach(award -> {
                    table.delete(award.id());
                    hidden.delete(award.id());
                }));
    }

    @Override
    public void hideFromProfile(AwardId award, boolean hide) {
        database.write(() -> {
            if (hide) {
                hidden.upsert(award);
            } else {
                hidden.delete(award);
            }
        });
    }

    @Override
    public Set<AwardId> hiddenFromProfile(Collection<AwardId> awards) {
        return database.read(() -> awards.stream().filter(award -> hidden.get(award).isPresent())
                .collect(Collectors.toUnmodifiableSet()));
    }

    private String titleOf(Award award) {
        return liveContent(award).map(TemplateDetails::title).orElse("");
    }

    private Optional<TemplateDetails> liveContent(Award award) {
        return templates.get(award.template()).flatMap(Template::live).map(PublishedRevision::details);
    }

    private Predicate<Award> matching(AwardQuery query) {
        return award -> (query.includeRevoked() || award.isActive())
                && query.holder().map(h -> award.holder().equals(Optional.of(h))).orElse(true)
                && query.recipient().map(award.recipient()::equals).orElse(true)
                && (query.issuers().isEmpty() || query.issuers().contains(award.issuer()))
                && query.template().map(award.template()::equals).orElse(true)
                && (query.categories().isEmpty() || liveContent(award)
                        .filter(live -> live.categories().stream().anyMatch(query.categories()::contains))
                        .isPresent())
                && query.awarded().contains(award.awardedAt())
                && query.title().map(search -> liveContent(award).map(TemplateDetails::title).filter(search::matches)
                        .isPresent()).orElse(true)
                && (!query.newOnly() || award.isNew())
                && (query.ids().isEmpty() || query.ids().contains(award.id()));
    }

    private static <G> Map<G, AwardStatistics> tally(List<Award> awards, Function<Award, G> group) {
        Map<G, AwardStatistics> tally = new LinkedHashMap<>();
        awards.stream().sorted(OLDEST_FIRST).forEach(award -> tally.merge(group.apply(award),
                AwardStatistics.NONE.including(award.awardedAt()), (a, b) -> a.including(b.latest().orElseThrow())));
        return tally;
    }
}
