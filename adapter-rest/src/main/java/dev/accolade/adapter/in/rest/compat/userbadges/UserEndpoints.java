package dev.accolade.adapter.in.rest.compat.userbadges;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.application.achievement.RecipientSummary.HeldTemplate;
import dev.accolade.application.achievement.RecipientSummary.RecipientTally;
import dev.accolade.application.achievement.RecipientSummary.TemplateTally;
import dev.accolade.application.achievement.RecipientSummary;
import dev.accolade.application.achievement.SummarizeRecipientsQuery;
import dev.accolade.application.achievement.SummarizeRecipientsUseCase;
import dev.accolade.application.award.AwardByNameCommand;
import dev.accolade.application.award.AwardByNameUseCase;
import dev.accolade.application.award.RevokeByNameCommand;
import dev.accolade.application.award.RevokeByNameUseCase;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.signing.ResolveIssuerUseCase;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.template.TemplateId;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The users of a service: who holds which badges, and badges given to a user or taken back, by name. */
final class UserEndpoints {

    private final ResolveIssuerUseCase resolveIssuer;
    private final SummarizeRecipientsUseCase summarizeRecipients;
    private final AwardByNameUseCase awardByName;
    private final RevokeByNameUseCase revokeByName;

    UserEndpoints(ResolveIssuerUseCase resolveIssuer, SummarizeRecipientsUseCase summarizeRecipients,
            AwardByNameUseCase awardByName, RevokeByNameUseCase revokeByName) {
        this.resolveIssuer = requireNonNull(resolveIssuer, "resolveIssuer");
        this.summarizeRecipients = requireNonNull(summarizeRecipients, "summarizeRecipients");
        this.awardByName = requireNonNull(awardByName, "awardByName");
        this.revokeByName = requireNonNull(revokeByName, "revokeByName");
    }

    JsonNode listUsers(Context ctx) {
        Issuer service = resolveIssuer.resolveIssuer(ctx.pathParam("service"));
        BadgeSort sort = BadgeSort.parse(ctx.queryParam("sort"));
        List<Identity> wanted = namesOf(ctx.queryParam("names")).stream().map(name -> UserNames.userOf(service, name))
                .toList();
        RecipientSummary summary = summarizeRecipients.summarizeRecipients(
                new SummarizeRecipientsQuery(Actor.anonymous(), service.id(), wanted));
        List<RecipientTally> users = summary.recipients().stream()
                .filter(user -> UserNames.nameOf(service, user.recipient()) != null).toList();
        Set<TemplateId> held = users.stream().flatMap(user -> user.awards().stream()).map(HeldTemplate::template)
                .collect(Collectors.toSet());
        ShownBadges badges = new ShownBadges(summary.templates().stream()
                .filter(tally -> held.contains(tally.template().id())).toList());
        ObjectNode badgeMap = BadgeJson.NODES.objectNode();
        sort.apply(badges.badges(), ShownBadges.Shown::name, shown -> shown.statistics().count(),
                shown -> shown.statistics().latest())
                .forEach(shown -> badgeMap.set(shown.name(), shown.keyed()));
        ArrayNode userList = BadgeJson.NODES.arrayNode();
        sort.apply(users, user -> UserNames.nameOf(service, user.recipient()),
                user -> user.awards().stream().mapToLong(award -> award.statistics().count()).sum(),
                RecipientTally::latest)
                .forEach(user -> userList.add(userJson(service, user, badges, sort)));
        ObjectNode reply = BadgeJson.NODES.objectNode();
        reply.set("badges", badgeMap);
        reply.set("users", userList);
        return reply;
    }

    JsonNode awardToUser(Context ctx, Issuer service, byte[] body) {
        Identity user = UserNames.userOf(service, ctx.pathParam("name"));
        awardByName.awardByName(new AwardByNameCommand(UserNames.actorOf(service), service.id(), user,
                BadgeBodies.names(body)));
        return userReply(service, user);
    }

    JsonNode removeFromUser(Context ctx, Issuer service, byte[] body) {
        Identity user = UserNames.userOf(service, ctx.pathParam("name"));
        revokeByName.revokeByName(new RevokeByNameCommand(UserNames.actorOf(service), service.id(), user,
                BadgeBodies.names(body)));
        return userReply(service, user);
    }

    private ObjectNode userJson(Issuer service, RecipientTally user, ShownBadges badges, BadgeSort sort) {
        ArrayNode held = BadgeJson.NODES.arrayNode();
        sort.apply(badges.held(user.awards()), ShownBadges.Held::name, award -> award.statistics().count(),
                award -> award.statistics().latest())
                .forEach(award -> held.add(BadgeJson.held(award.name(), award.statistics())));
        ObjectNode json = BadgeJson.NODES.objectNode();
        json.set("badges", held);
        user.latest().ifPresent(latest -> json.put("latest", Timestamps.format(latest)));
        json.put("name", UserNames.nameOf(service, user.recipient()));
        return json;
    }

    /** {@code {"user": {"badges": [names…], "name": …}}}: what the user holds after a write. */
    private JsonNode userReply(Issuer service, Identity user) {
        RecipientSummary summary = summarizeRecipients.summarizeRecipients(
                new SummarizeRecipientsQuery(UserNames.actorOf(service), service.id(), List.of(user)));
        Map<TemplateId, TemplateTally> badges = summary.templates().stream()
                .collect(Collectors.toMap(tally -> tally.template().id(), Function.identity()));
        ArrayNode names = BadgeJson.NODES.arrayNode();
        summary.recipients().get(0).awards().stream().filter(award -> badges.containsKey(award.template()))
                .forEach(award -> names.add(titleOf(badges, award)));
        ObjectNode json = BadgeJson.NODES.objectNode();
        json.set("badges", names);
        json.put("name", UserNames.nameOf(service, user));
        ObjectNode reply = BadgeJson.NODES.objectNode();
        reply.set("user", json);
        return reply;
    }

    private static String titleOf(Map<TemplateId, TemplateTally> badges, HeldTemplate award) {
        return badges.get(award.template()).template().details().title();
    }

    private static List<String> namesOf(String parameter) {
        if (parameter == null) {
            return List.of();
        }
        return Arrays.stream(parameter.split(",")).map(String::strip).filter(name -> !name.isEmpty()).distinct()
                .toList();
    }
}
