package dev.accolade.adapter.in.rest.member;

import dev.accolade.adapter.in.rest.input.Requests;
import dev.accolade.application.member.ClaimIdentityCommand;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.identity.ExternalIdentity;
import dev.accolade.domain.identity.Namespace;
import dev.accolade.domain.member.MemberId;

/**
 * The body of {@code POST /v1/members/{id}/identities}: an external handle in its namespace.
 *
 * @param namespace where the handle is unique, such as {@code minecraft:survival}
 * @param handle the handle
 */
public record ClaimIdentityRequest(String namespace, String handle) {

    /** The command; a 400 when a parameter is missing, a 422 when one is not valid. */
    public ClaimIdentityCommand toCommand(Actor actor, MemberId member) {
        Namespace space = new Namespace(Requests.required(namespace, "namespace"));
        return new ClaimIdentityCommand(actor, member, new ExternalIdentity(space, Requests.required(handle,
                "handle")));
    }
}
