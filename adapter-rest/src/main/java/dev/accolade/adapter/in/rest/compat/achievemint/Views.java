package dev.accolade.adapter.in.rest.compat.achievemint;

import dev.accolade.application.award.AwardView;
import dev.accolade.application.category.GetCategoryUseCase;
import dev.accolade.application.member.FindMemberQuery;
import dev.accolade.application.member.FindMemberUseCase;
import dev.accolade.application.member.MemberView;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.template.GetTemplateUseCase;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.application.template.TemplateView;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.common.AssetLocation;
import dev.accolade.domain.identity.EmailIdentity;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.request.AwardRequest;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import dev.accolade.domain.template.TemplateStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the native model into the specification's types for one call: URLs made absolute on the
 * server the call reached, categories named, and templates and members read once per call.
 */
final class Views {

    private final GetTemplateUseCase templateReader;
    private final GetCategoryUseCase categoryReader;
    private final FindMemberUseCase memberFinder;
    private final Actor actor;
    private final String baseUrl;
    private final Instant now;
    private final Map<CategoryId, Wire.Category> categories = new HashMap<>();
    private final Map<TemplateId, Wire.Template> templates = new HashMap<>();
    private final Map<MemberId, Optional<MemberView>> members = new HashMap<>();

    Views(GetTemplateUseCase templateReader, GetCategoryUseCase categoryReader, FindMemberUseCase memberFinder,
            Actor actor, String baseUrl, Instant now) {
        this.templateReader = templateReader;
        this.categoryReader = categoryReader;
        this.memberFinder = memberFinder;
        this.actor = actor;
        this.baseUrl = baseUrl;
        this.now = now;
    }

    /** A member as a User; the email only where the caller may see it, the token only from {@code auth}. */
    Wire.User user(Member member, boolean showEmail, String token) {
        return new Wire.User(member.id().value(), showEmail ? member.email().value() : null, token,
                member.authorityCategories().stream().map(this::category).toList(),
                member.status().name().toLowerCase(Locale.ROOT),
                member.profile().avatar().map(avatar -> url(avatar.location())).orElse(null),
                member.isOnline(now), member.lastVisit().map(Instant::getEpochSecond).orElse(null));
    }

    /**
     * The recipient of an award, offer or request: its member once claimed, else only the identity; the
     * address only where the application lets the caller see it.
     */
    Wire.User recipient(Identity identity, Optional<MemberId> holder, boolean showEmail) {
        Optional<MemberView> member = holder.flatMap(this::member);
        if (member.isPresent()) {
            return user(member.get().member(), showEmail, null);
        }
        String email = showEmail && identity instanceof EmailIdentity byEmail ? byEmail.email().value() : null;
        return Wire.User.unclaimed(email);
    }

    /** A template with its figures, or concealed when the application says the caller sees it as hidden. */
    Wire.Template template(TemplateView view) {
        Template template = view.template();
        String status = template.status() == TemplateStatus.PUBLISHED ? "published" : "draft";
        Long published = template.firstPublishedAt().map(Instant::getEpochSecond).orElse(null);
        if (view.concealed()) {
            Wire.Template concealed = Wire.Template.concealed(template.id().value(), status, published);
            templates.put(template.id(), concealed);
            return concealed;
        }
        Wire.Template wire = new Wire.Template(template.id().value(), template.details().title(),
                template.details().description(),
                template.details().icon().map(icon -> url(icon.location())).orElse(null),
                template.details().categories().stream().map(this::category).toList(),
                view.ratings().difficulty(), view.ratings().credibility(), status,
                template.details().attachments().stream()
                        .map(file -> new Wire.Attachment(file.name(), url(file.location()))).toList(),
                template.details().featured(), published, template.details().hidden(), view.rarity().share(),
                template.details().points());
        templates.put(template.id(), wire);
        return wire;
    }

    /** A template by id, as the caller sees it. */
    Wire.Template template(TemplateId id) {
        Wire.Template known = templates.get(id);
        return known != null ? known : template(templateReader.getTemplate(new TemplateCommand(actor, id)));
    }

    /** An award as an Achievement, its recipient's address shown where the application says the caller may see it. */
    Wire.Achievement achievement(AwardView view) {
        return new Wire.Achievement(view.award().id().value(),
                recipient(view.award().recipient(), view.award().holder(), view.recipientEmailVisible()),
                template(view.award().template()), view.award().awardedAt().getEpochSecond());
    }

    /** An offer as an Achievement Offer. */
    Wire.Offer offer(Offer offer, boolean showEmail) {
        return new Wire.Offer(offer.id().value(), recipient(offer.recipient(), offer.holder(), showEmail),
                template(offer.template()));
    }

    /** A request as an Achievement Request. */
    Wire.Request request(AwardRequest request, boolean showEmail) {
        return new Wire.Request(request.id().value(),
                recipient(Identity.member(request.applicant()), Optional.of(request.applicant()), showEmail),
                template(request.template()));
    }

    /** A category with its name. */
    Wire.Category category(CategoryId id) {
        return categories.computeIfAbsent(id, key -> new Wire.Category(key.value(),
                categoryReader.getCategory(key).name()));
    }

    /** Where to fetch an image or file: a web URL as it is, stored content from this server. */
    String url(AssetLocation location) {
        if (location.isStoredBlob()) {
            return baseUrl + AchieveMintRoutes.FILES + location.value().substring("blob:".length());
        }
        return location.value();
    }

    private Optional<MemberView> member(MemberId id) {
        return members.computeIfAbsent(id,
                key -> memberFinder.findMember(new FindMemberQuery(actor, Identity.member(key))));
    }
}
