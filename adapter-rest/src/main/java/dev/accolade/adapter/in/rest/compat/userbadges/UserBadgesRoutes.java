package dev.accolade.adapter.in.rest.compat.userbadges;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.application.Accolade;
import dev.accolade.application.achievement.RecipientSummary.HeldTemplate;
import dev.accolade.application.achievement.RecipientSummary.RecipientTally;
import dev.accolade.application.achievement.RecipientSummary.TemplateTally;
import dev.accolade.application.achievement.RecipientSummary;
import dev.accolade.application.achievement.SummarizeRecipientsQuery;
import dev.accolade.application.award.AwardByNameCommand;
import dev.accolade.application.award.RevokeByNameCommand;
import dev.accolade.application.catalog.DeleteTemplatesByNameCommand;
import dev.accolade.application.catalog.UpsertTemplatesCommand;
import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.paging.TemplateSort;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.signing.IssuerCredentials;
import dev.accolade.application.template.FindTemplatesQuery;
import dev.accolade.application.template.TemplateView;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.identity.ExternalIdentity;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.template.TemplateId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The UserBadges API under {@code /compat/userbadges/v1}: a service is an issuer (its slug is the
 * service name), a badge is one of its templates named by title, with custom fields, and a user is
 * the handle {@code <name>} in the namespace {@code userbadges:<service>}. Reads are public and open
 * to any origin; writes are authenticated by key or signature.
 */
public final class UserBadgesRoutes {

    private static final String SERVICE = SignedRequests.MOUNT + "/v1/{service}";
    private static final String BADGES = SERVICE + "/badges.json";
    private static final String USERS = SERVICE + "/users.json";
    private static final String USER = SERVICE + "/users/{name}.json";
    private static final String NAMESPACE = "userbadges:";

    private final Accolade accolade;
    private final DialectExchange exchange = new DialectExchange();

    /** Routes over these use cases. */
    public UserBadgesRoutes(Accolade accolade) {
        this.accolade = requireNonNull(accolade, "accolade");
    }

    /** Adds the API's routes, their preflight answers, and the widget's files. */
    public void register(RoutesConfig routes) {
        routes.get(BADGES, exchange.read(this::listBadges));
        routes.put(BADGES, exchange.write(this::authenticate, this::putBadges));
        routes.delete(BADGES, exchange.write(this::authenticate, this::deleteBadges));
        routes.get(USERS, exchange.read(this::listUsers));
        routes.put(USER, exchange.write(this::authenticate, this::awardToUser));
        routes.delete(USER, exchange.write(this::authenticate, this::removeFromUser));
        for (String path : List.of(BADGES, USERS, USER)) {
            routes.options(path, DialectExchange::preflight);
        }
        new WidgetAssets().register(routes);
    }

    private JsonNode listBadges(Context ctx) {
        Issuer service = accolade.signedRequests().resolveIssuer(ctx.pathParam("service"));
        return badgesOf(service, BadgeSort.parse(ctx.queryParam("sort")));
    }

    private JsonNode putBadges(Context ctx, Issuer service, byte[] body) {
        accolade.catalog().upsertTemplates(new UpsertTemplatesCommand(actorOf(service), service.id(),
                BadgeBodies.definitions(body)));
        return badgesOf(service, BadgeSort.parse(null));
    }

    private JsonNode deleteBadges(Context ctx, Issuer service, byte[] body) {
        accolade.catalog().deleteTemplatesByName(new DeleteTemplatesByNameCommand(actorOf(service), service.id(),
                BadgeBodies.names(body)));
        return badgesOf(service, BadgeSort.parse(null));
    }

    private JsonNode listUsers(Context ctx) {
        Issuer service = accolade.signedRequests().resolveIssuer(ctx.pathParam("service"));
        BadgeSort sort = BadgeSort.parse(ctx.queryParam("sort"));
        List<Identity> wanted = namesOf(ctx.queryParam("names")).stream().map(name -> userOf(service, name)).toList();
        RecipientSummary summary = accolade.achievements().summarizeRecipients(
                new SummarizeRecipientsQuery(Actor.anonymous(), service.id(), wanted));
        List<RecipientTally> users = summary.recipients().stream()
                .filter(user -> nameOf(service, user.recipient()) != null).toList();
        Map<TemplateId, TemplateTally> badges = summary.templates().stream()
                .collect(Collectors.toMap(tally -> tally.template().id(), Function.identity()));
        Set<TemplateId> held = users.stream().flatMap(user -> user.awards().stream()).map(HeldTemplate::template)
                .collect(Collectors.toSet());
        ObjectNode badgeMap = BadgeJson.NODES.objectNode();
        sort.apply(summary.templates().stream().filter(tally -> held.contains(tally.template().id())).toList(),
                tally -> tally.template().details().title(), tally -> tally.statistics().count(),
                tally -> tally.statistics().latest())
                .forEach(tally -> badgeMap.set(tally.template().details().title(),
                        BadgeJson.keyed(tally.template().details(), tally.statistics())));
        ArrayNode userList = BadgeJson.NODES.arrayNode();
        sort.apply(users, user -> nameOf(service, user.recipient()),
                user -> user.awards().stream().mapToLong(award -> award.statistics().count()).sum(),
                RecipientTally::latest)
                .forEach(user -> userList.add(userJson(service, user, badges, sort)));
        ObjectNode reply = BadgeJson.NODES.objectNode();
        reply.set("badges", badgeMap);
        reply.set("users", userList);
        return reply;
    }

    private JsonNode awardToUser(Context ctx, Issuer service, byte[] body) {
        Identity user = userOf(service, ctx.pathParam("name"));
        accolade.awards().awardByName(new AwardByNameCommand(actorOf(service), service.id(), user,
                BadgeBodies.names(body)));
        return userReply(service, user);
    }

    private JsonNode removeFromUser(Context ctx, Issuer service, byte[] body) {
        Identity user = userOf(service, ctx.pathParam("name"));
        accolade.awards().revokeByName(new RevokeByNameCommand(actorOf(service), service.id(), user,
                BadgeBodies.names(body)));
        return userReply(service, user);
    }

    /** The service a write may change, or the refusal; a write without any credential is a 400. */
    private Issuer authenticate(Context ctx, byte[] body) {
        IssuerCredentials credentials = SignedRequests.of(ctx, ctx.pathParam("service"), body);
        try {
            return accolade.signedRequests().authenticateIssuer(credentials);
        } catch (DomainException refused) {
            boolean bare = credentials.proof() instanceof IssuerCredentials.None;
            if (bare && refused.category() == ErrorCategory.UNAUTHENTICATED) {
                throw SignedRequests.missing();
            }
            throw refused;
        }
    }

    private ObjectNode badgesOf(Issuer service, BadgeSort sort) {
        ArrayNode badges = BadgeJson.NODES.arrayNode();
        sort.apply(catalogOf(service), view -> view.template().details().title(), view -> view.awards().count(),
                view -> view.awards().latest())
                .forEach(view -> badges.add(BadgeJson.named(view.template().details(), view.awards())));
        ObjectNode reply = BadgeJson.NODES.objectNode();
        reply.set("badges", badges);
        return reply;
    }

    /** Every published template of the service with its figures, in the order they were created. */
    private List<TemplateView> catalogOf(Issuer service) {
        List<TemplateView> all = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        Page<TemplateView> page;
        do {
            page = accolade.templates().findTemplates(new FindTemplatesQuery(Actor.anonymous(), service.id(), null,
                    null, null,
                    null, TemplateSort.ID, SortDirection.ASC, request));
            all.addAll(page.items());
            request = page.next().map(next -> PageRequest.after(next, PageRequest.MAX_LIMIT)).orElse(request);
        } while (page.next().isPresent());
        return all;
    }

    private ObjectNode userJson(Issuer service, RecipientTally user, Map<TemplateId, TemplateTally> badges,
            BadgeSort sort) {
        ArrayNode held = BadgeJson.NODES.arrayNode();
        sort.apply(user.awards().stream().filter(award -> badges.containsKey(award.template())).toList(),
                award -> titleOf(badges, award), award -> award.statistics().count(),
                award -> award.statistics().latest())
                .forEach(award -> held.add(BadgeJson.held(titleOf(badges, award), award.statistics())));
        ObjectNode json = BadgeJson.NODES.objectNode();
        json.set("badges", held);
        user.latest().ifPresent(latest -> json.put("latest", Timestamps.format(latest)));
        json.put("name", nameOf(service, user.recipient()));
        return json;
    }

    /** {@code {"user": {"badges": [names…], "name": …}}}: what the user holds after a write. */
    private JsonNode userReply(Issuer service, Identity user) {
        RecipientSummary summary = accolade.achievements().summarizeRecipients(
                new SummarizeRecipientsQuery(actorOf(service), service.id(), List.of(user)));
        Map<TemplateId, TemplateTally> badges = summary.templates().stream()
                .collect(Collectors.toMap(tally -> tally.template().id(), Function.identity()));
        ArrayNode names = BadgeJson.NODES.arrayNode();
        summary.recipients().get(0).awards().stream().filter(award -> badges.containsKey(award.template()))
                .forEach(award -> names.add(titleOf(badges, award)));
        ObjectNode json = BadgeJson.NODES.objectNode();
        json.set("badges", names);
        json.put("name", nameOf(service, user));
        ObjectNode reply = BadgeJson.NODES.objectNode();
        reply.set("user", json);
        return reply;
    }

    private static String titleOf(Map<TemplateId, TemplateTally> badges, HeldTemplate award) {
        return badges.get(award.template()).template().details().title();
    }

    private static Actor actorOf(Issuer service) {
        return Actor.issuer(service.id());
    }

    /** The identity of a user of this service. */
    static Identity userOf(Issuer service, String name) {
        return Identity.handle(NAMESPACE + service.slug().value(), name);
    }

    /** The user name an identity has in this service, or null when it is not one of the service's users. */
    private static String nameOf(Issuer service, Identity identity) {
        if (identity instanceof ExternalIdentity handle
                && handle.namespace().value().equals(NAMESPACE + service.slug().value())) {
            return handle.handle();
        }
        return null;
    }

    private static List<String> namesOf(String parameter) {
        if (parameter == null) {
            return List.of();
        }
        return Arrays.stream(parameter.split(",")).map(String::strip).filter(name -> !name.isEmpty()).distinct()
                .toList();
    }
}
