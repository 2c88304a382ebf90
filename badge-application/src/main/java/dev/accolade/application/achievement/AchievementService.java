package dev.accolade.application.achievement;

import static java.util.Objects.requireNonNull;
import static java.util.Objects.requireNonNullElse;

import dev.accolade.application.achievement.RecipientSummary.HeldTemplate;
import dev.accolade.application.achievement.RecipientSummary.RecipientTally;
import dev.accolade.application.achievement.RecipientSummary.TemplateTally;
import dev.accolade.application.award.AwardView;
import dev.accolade.application.paging.AwardSort;
import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.award.AwardQuery;
import dev.accolade.application.port.out.award.AwardRepository;
import dev.accolade.application.port.out.award.GrantQuery;
import dev.accolade.application.port.out.award.GrantRepository;
import dev.accolade.application.port.out.award.RecipientStatistics;
import dev.accolade.application.port.out.issuer.IssuerRepository;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.application.shared.Recipients;
import dev.accolade.application.shared.TemplateLookup;
import dev.accolade.application.shared.TemplateViews;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.Granted;
import dev.accolade.domain.common.Check;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.identity.ExternalIdentity;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Lists achievements by owner and summarises what an issuer awarded to its recipients. */
final class AchievementService implements Achievements {

    private final TransactionPort transactions;
    private final IssuerRepository issuers;
    private final TemplateRepository templates;
    private final AwardRepository awards;
    private final GrantRepository grants;
    private final CommandValidator validator;
    private final Access access;
    private final TemplateLookup lookup;
    private final Recipients recipients;
    private final TemplateViews views;

    AchievementService(TransactionPort transactions, IssuerRepository issuers, TemplateRepository templates,
            AwardRepository awards, GrantRepository grants, CommandValidator validator, Access access,
            TemplateLookup lookup, Recipients recipients, TemplateViews views) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.issuers = requireNonNull(issuers, "issuers");
        this.templates = requireNonNull(templates, "templates");
        this.awards = requireNonNull(awards, "awards");
        this.grants = requireNonNull(grants, "grants");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
        this.lookup = requireNonNull(lookup, "lookup");
        this.recipients = requireNonNull(recipients, "recipients");
        this.views = requireNonNull(views, "views");
    }

    @Override
    public Page<AwardView> findAchievements(FindAchievementsQuery query) {
        validator.validate(query);
        Actor actor = query.actor();
        return transactions.readOnly(() -> {
            AwardQuery filtered = AwardQuery.all().withCategories(orEmpty(query.categories()))
                    .awardedWithin(requireNonNullElse(query.awarded(), TimeWindow.ALWAYS))
                    .newOnly(query.newOnly()).withIds(orEmpty(query.awards()))
                    .sortedBy(query.sort() == null ? AwardSort.AWARDED : query.sort(),
                            query.direction() == null ? SortDirection.DESC : query.direction());
            AwardQuery selection = Optional.ofNullable(query.title()).map(filtered::titled).orElse(filtered);
            Optional<AwardQuery> narrowed = query.role() == AchievementRole.AWARDED
                    ? givenBy(actor, query, selection)
                    : receivedBy(actor, query, selection);
            if (narrowed.isEmpty()) {
                return Page.<AwardView>empty();
            }
            if (query.newOnly() && !maySeeNewness(actor, narrowed.get())) {
                access.requireSignedIn(actor);
                throw DomainException.forbidden("new_only_for_holder",
                        "Only the holder, the issuer and the operator see which awards are new.");
            }
            Page<Award> page = awards.find(narrowed.get(), query.page());
            Map<TemplateId, Template> byId = templates
                    .findAllById(page.items().stream().map(Award::template).distinct().toList()).stream()
                    .collect(Collectors.toMap(Template::id, Function.identity()));
            Map<IssuerId, Boolean> actsFor = new HashMap<>();
            Page<Award> readable = orEmpty(query.awards()).isEmpty() ? page
                    : new Page<>(page.items().stream().filter(award -> holdsOrActsFor(actor, award, actsFor))
                            .toList(), page.next(), page.total());
            Map<TemplateId, Boolean> concealed = new HashMap<>();
            return readable.map(award -> {
                Template template = lookup.asSeenBy(actor, byId.get(award.template()));
                return new AwardView(award, template, award.recipient().equals(query.owner())
                        || holdsOrActsFor(actor, award, actsFor),
                        concealed.computeIfAbsent(template.id(), id -> views.concealedFrom(actor, template)));
            });
        });
    }

    @Override
    public Page<GrantView> findGrants(FindGrantsQuery query) {
        validator.validate(query);
        if (query.page().after().isPresent()) {
            throw DomainException.invalid("cursor_invalid", "Awards and offers together are paged by position.");
        }
        Actor actor = query.actor();
        return transactions.readOnly(() -> {
            Page<Granted> page = query.issuer() != null
                    ? grants.find(GrantQuery.ofIssuer(access.issuerFor(actor, query.issuer()).id()), query.page())
                    : grants.find(GrantQuery.heldBy(access.requireMember(actor)), query.page())
                            .map(granted -> granted instanceof Offer offer ? offer.recipientView() : granted);
            Map<TemplateId, Template> byId = templates
                    .findAllById(page.items().stream().map(Granted::template).distinct().toList()).stream()
                    .collect(Collectors.toMap(Template::id, Function.identity()));
            Map<TemplateId, Boolean> concealed = new HashMap<>();
            Map<IssuerId, Boolean> actsFor = new HashMap<>();
            return page.map(granted -> {
                Template template = lookup.asSeenBy(actor, byId.get(granted.template()));
                return new GrantView(granted, template, holdsOrActsFor(actor, granted, actsFor),
                        concealed.computeIfAbsent(template.id(), id -> views.concealedFrom(actor, template)));
            });
        });
    }

    @Override
    public RecipientSummary summarizeRecipients(SummarizeRecipientsQuery query) {
        validator.validate(query);
        return transactions.readOnly(() -> {
            Issuer issuer = issuers.findById(query.issuer()).orElseThrow(NotFound::issuer);
            boolean manages = access.mayActFor(query.actor(), issuer);
            List<Identity> wanted = query.recipients() == null || query.recipients().isEmpty()
                    ? awards.recentRecipients(issuer.id(), SummarizeRecipientsQuery.MAX_RECIPIENTS).stream()
                            .filter(identity -> manages || isPublic(identity)).toList()
                    : query.recipients().stream().distinct().toList();
            if (!manages && !wanted.stream().allMatch(AchievementService::isPublic)) {
                throw DomainException.forbidden("recipient_not_public",
                        "Only the issuer may look up email addresses and member ids.");
            }
            List<RecipientStatistics> held = awards.recipientStatistics(issuer.id(), wanted);
            List<TemplateId> templateIds = held.stream().map(RecipientStatistics::template).distinct().sorted(
                    Comparator.comparingLong(TemplateId::value)).toList();
            Map<TemplateId, Template> byId = templates.findAllById(templateIds).stream()
                    .collect(Collectors.toMap(Template::id, Function.identity()));
            List<TemplateTally> tallies = views.of(query.actor(), templateIds.stream().filter(byId::containsKey)
                    .map(id -> byId.get(id).publicView().orElseThrow()).toList()).stream()
                    .map(view -> new TemplateTally(view.template(), view.awards(), view.concealed(), view.rarity()))
                    .toList();
            Map<Identity, List<RecipientStatistics>> byRecipient = held.stream()
                    .collect(Collectors.groupingBy(RecipientStatistics::recipient));
            List<RecipientTally> people = wanted.stream()
                    .map(identity -> tally(identity, byRecipient.getOrDefault(identity, List.of()))).toList();
            return new RecipientSummary(tallies, people);
        });
    }

    private Optional<AwardQuery> receivedBy(Actor actor, FindAchievementsQuery query, AwardQuery selection) {
        Identity owner = ownerOf(actor, query);
        AwardQuery narrowed = recipients.holderOf(owner).map(selection::withHolder)
                .orElseGet(() -> selection.withRecipient(owner));
        return Optional.of(query.issuer() == null ? narrowed : narrowed.withIssuers(Set.of(query.issuer())));
    }

    private Optional<AwardQuery> givenBy(Actor actor, FindAchievementsQuery query, AwardQuery selection) {
        Set<IssuerId> givers;
        if (query.owner() == null && actor instanceof Actor.IssuerActor key) {
            givers = Set.of(key.issuer());
        } else {
            Optional<MemberId> member = recipients.holderOf(ownerOf(actor, query));
            givers = member.map(m -> issuers.findByOwner(m).stream().map(Issuer::id)
                    .collect(Collectors.toSet())).orElse(Set.of());
        }
        if (query.issuer() != null) {
            givers = givers.contains(query.issuer()) ? Set.of(query.issuer()) : Set.of();
        }
        return givers.isEmpty() ? Optional.empty() : Optional.of(selection.withIssuers(givers));
    }

    /**
     * Whether the caller holds the award or offer or acts for its issuer: who may read it, and who may see the
     * address it was made to (decided here for awards and grants alike; whoever named that very address to list
     * its awards sees it too).
     */
    private boolean holdsOrActsFor(Actor actor, Granted granted, Map<IssuerId, Boolean> actsFor) {
        return Access.holds(actor, granted)
                || actsFor.computeIfAbsent(granted.issuer(), issuer -> access.mayActFor(actor, issuer));
    }

    /** Handles are shown on badge walls; email addresses and member ids are not. */
    private static boolean isPublic(Identity identity) {
        return identity instanceof ExternalIdentity;
    }

    /** Whether the actor may see which of these awards their holders have not viewed yet. */
    private boolean maySeeNewness(Actor actor, AwardQuery query) {
        if (actor instanceof Actor.Operator) {
            return true;
        }
        boolean ownHolding = query.holder().isPresent() && Access.memberOf(actor).equals(query.holder());
        boolean ownIssuers = !query.issuers().isEmpty()
                && query.issuers().stream().allMatch(issuer -> access.mayActFor(actor, issuer));
        return ownHolding || ownIssuers;
    }

    private static Identity ownerOf(Actor actor, FindAchievementsQuery query) {
        if (query.owner() != null) {
            return query.owner();
        }
        return Access.memberOf(actor).map(Identity::member).orElseThrow(() -> Check.blank("owner"));
    }

    private static RecipientTally tally(Identity identity, List<RecipientStatistics> held) {
        List<HeldTemplate> awards = held.stream()
                .sorted(Comparator.comparingLong(s -> s.template().value()))
                .map(s -> new HeldTemplate(s.template(), s.statistics())).toList();
        Optional<Instant> latest = held.stream().map(s -> s.statistics().latest()).flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
        return new RecipientTally(identity, awards, latest);
    }

    private static <T> Set<T> orEmpty(Set<T> values) {
        return values == null ? Set.of() : values;
    }
}
