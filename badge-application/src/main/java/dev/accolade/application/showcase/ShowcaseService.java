package dev.accolade.application.showcase;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.paging.TemplateSort;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.award.AwardQuery;
import dev.accolade.application.port.out.award.AwardRepository;
import dev.accolade.application.port.out.credential.AwardCredentialRepository;
import dev.accolade.application.port.out.issuer.IssuerRepository;
import dev.accolade.application.port.out.member.MemberRepository;
import dev.accolade.application.port.out.template.TemplateQuery;
import dev.accolade.application.port.out.template.TemplateRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.TemplateViews;
import dev.accolade.application.template.TemplateView;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.common.PublicId;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.identity.EmailIdentity;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.identity.MemberIdentity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.issuer.IssuerSlug;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The public pages' reads, each in one read-only unit of work. */
final class ShowcaseService implements Showcase {

    /** How many of the latest awards are looked at for the lists of recent ones. */
    private static final int RECENT_SCAN = 50;
    private static final int RECENT_SHOWN = 8;
    /** How many of the latest published templates are ranked by awards for the popular list. */
    private static final int POPULAR_SCAN = 100;
    private static final int POPULAR_SHOWN = 6;
    private static final int PROFILE_SHOWN = 100;

    private final TransactionPort transactions;
    private final TemplateRepository templates;
    private final AwardRepository awards;
    private final AwardCredentialRepository credentials;
    private final IssuerRepository issuers;
    private final MemberRepository members;
    private final TemplateViews views;
    private final PublicAwards publicAwards;
    private final ProfileHiding hiding;

    ShowcaseService(TransactionPort transactions, TemplateRepository templates, AwardRepository awards,
            AwardCredentialRepository credentials, IssuerRepository issuers, MemberRepository members,
            TemplateViews views, PublicAwards publicAwards, ProfileHiding hiding) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.templates = requireNonNull(templates, "templates");
        this.awards = requireNonNull(awards, "awards");
        this.credentials = requireNonNull(credentials, "credentials");
        this.issuers = requireNonNull(issuers, "issuers");
        this.members = requireNonNull(members, "members");
        this.views = requireNonNull(views, "views");
        this.publicAwards = requireNonNull(publicAwards, "publicAwards");
        this.hiding = requireNonNull(hiding, "hiding");
    }

    @Override
    public SiteOverview siteOverview(Actor viewer) {
        return transactions.readOnly(() -> {
            var latest = templates.find(publishedBy(Optional.empty()), PageRequest.first(POPULAR_SCAN).withTotal());
            long awarded = awards.find(AwardQuery.all(), PageRequest.first(1).withTotal()).total().orElse(0);
            List<TemplateView> popular = views.of(viewer, latest.items()).stream()
                    .sorted(Comparator.comparingLong((TemplateView view) -> view.awards().count()).reversed())
                    .limit(POPULAR_SHOWN).toList();
            return new SiteOverview(latest.total().orElse(latest.items().size()), awarded, members.countConfirmed(),
                    recent(viewer, AwardQuery.all()), popular);
        });
    }

    @Override
    public PublicBadge publicBadge(Actor viewer, PublicId id) {
        return transactions.readOnly(() -> {
            Template live = templates.findByPublicId(id).flatMap(Template::publicView)
                    .orElseThrow(NotFound::badgeClass);
            TemplateView view = views.of(viewer, live);
            return new PublicBadge(view, issuers.findById(live.issuer()).orElseThrow(NotFound::badgeClass),
                    view.concealed() ? List.of() : recent(viewer, AwardQuery.all().withTemplate(live.id())));
        });
    }

    @Override
    public PublicIssuer publicIssuer(Actor viewer, IssuerSlug slug) {
        return transactions.readOnly(() -> {
            Issuer issuer = issuers.findBySlug(slug).orElseThrow(NotFound::issuer);
            var published = templates.find(publishedBy(Optional.of(issuer.id())), PageRequest.first(POPULAR_SCAN));
            return new PublicIssuer(issuer, views.of(viewer, published.items()),
                    recent(viewer, AwardQuery.all().withIssuers(Set.of(issuer.id()))));
        });
    }

    @Override
    public PublicAward publicAward(Actor viewer, PublicId id) {
        return transactions.readOnly(() -> credentials.findByPublicId(id)
                .flatMap(award -> publicAwards.of(viewer, award)).orElseThrow(NotFound::credential));
    }

    @Override
    public Profile profile(Actor viewer, Identity recipient) {
        if (recipient instanceof EmailIdentity) {
            throw noProfile();
        }
        return transactions.readOnly(() -> {
            AwardQuery query = recipient instanceof MemberIdentity member
                    ? AwardQuery.all().withHolder(member.memberId()) : AwardQuery.all().withRecipient(recipient);
            if (recipient instanceof MemberIdentity member && members.findById(member.memberId()).isEmpty()) {
                throw noProfile();
            }
            List<PublicAward> held = awards.find(query, PageRequest.first(PROFILE_SHOWN)).items().stream()
                    .flatMap(award -> publicAwards.of(viewer, award).stream()).toList();
            boolean own = Access.memberOf(viewer).map(MemberIdentity::new).filter(recipient::equals).isPresent();
            return new Profile(recipient, publicAwards.nameOf(recipient), hiding.shown(held),
                    own ? hiding.hidden(held) : List.of());
        });
    }

    private List<PublicAward> recent(Actor viewer, AwardQuery query) {
        List<Award> latest = awards.find(query, PageRequest.first(RECENT_SCAN)).items();
        return hiding.shown(latest.stream().filter(award -> PublicAwards.profileOf(award).isPresent())
                .flatMap(award -> publicAwards.of(viewer, award).stream()).filter(award -> !award.concealed())
                .toList()).stream().limit(RECENT_SHOWN).toList();
    }

    @Override
    public void hideAward(HideAwardCommand command) {
        hiding.hide(command);
    }

    private static TemplateQuery publishedBy(Optional<IssuerId> issuer) {
        return new TemplateQuery(issuer, Set.of(), Optional.of(TemplateStatus.PUBLISHED), TimeWindow.ALWAYS,
                Optional.empty(), TemplateSort.ID, SortDirection.DESC, true);
    }

    private static DomainException noProfile() {
        return DomainException.notFound("profile_not_found", "No public profile goes by this name.");
    }
}
