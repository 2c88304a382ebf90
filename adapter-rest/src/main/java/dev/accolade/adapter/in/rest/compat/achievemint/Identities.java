package dev.accolade.adapter.in.rest.compat.achievemint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.domain.identity.EmailAddress;
import dev.accolade.domain.identity.EmailIdentity;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.member.MemberId;
import java.util.Optional;

/** Reads the specification's Identity type: an Achieve Mint id or an email, one of them. */
final class Identities {

    private Identities() {
    }

    /** The identity in a required parameter. */
    static Identity required(Parameters parameters, String name) {
        return optional(parameters, name).orElseThrow(() -> Parameters.missing(name));
    }

    /** The identity in an optional parameter. */
    static Optional<Identity> optional(Parameters parameters, String name) {
        return parameters.object(name).map(object -> of(object, name));
    }

    private static Identity of(JsonNode object, String name) {
        JsonNode id = object.path("id");
        JsonNode email = object.path("email");
        boolean hasId = !id.isMissingNode() && !id.isNull();
        boolean hasEmail = !email.isMissingNode() && !email.isNull();
        if (hasId == hasEmail) {
            throw Parameters.malformed(name, "an Identity with exactly one of id and email");
        }
        if (hasId) {
            long value = id.isIntegralNumber() && id.canConvertToLong() ? id.asLong()
                    : id.isTextual() && id.asText().matches("[0-9]{1,16}") ? Long.parseLong(id.asText()) : -1;
            if (value < 1) {
                throw Parameters.malformed(name + ".id", "a positive id");
            }
            return Identity.member(new MemberId(value));
        }
        if (!email.isTextual()) {
            throw Parameters.malformed(name + ".email", "text");
        }
        return new EmailIdentity(new EmailAddress(email.asText()));
    }
}
