package dev.accolade.application.showcase;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.award.AwardRepository;
import dev.accolade.application.port.out.credential.AwardCredentialRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.identity.MemberIdentity;
import dev.accolade.domain.member.MemberId;
import java.util.List;
import java.util.Optional;

/**
 * What a member's profile leaves out: the awards they hid. Hiding is the holder's alone; a profile lists
 * the others, and the lists of recent awards leave hidden ones out too.
 */
final class ProfileHiding {

    private final TransactionPort transactions;
    private final AwardRepository awards;
    private final AwardCredentialRepository credentials;
    private final Access access;
    private final CommandValidator validator;

    ProfileHiding(TransactionPort transactions, AwardRepository awards, AwardCredentialRepository credentials,
            Access access, CommandValidator validator) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.awards = requireNonNull(awards, "awards");
        this.credentials = requireNonNull(credentials, "credentials");
        this.access = requireNonNull(access, "access");
        this.validator = requireNonNull(validator, "validator");
    }

    /** Hides or shows one of the actor's awards, in one unit of work. */
    void hide(HideAwardCommand command) {
        validator.validate(command);
        MemberId member = access.requireMember(command.actor());
        transactions.inTransaction(() -> {
            Award award = credentials.findByPublicId(command.credential()).filter(found -> heldBy(found, member))
                    .orElseThrow(NotFound::credential);
            awards.hideFromProfile(award.id(), command.hidden());
            return null;
        });
    }

    /** The awards of a list that their holders did not hide, in order; runs in the caller's unit of work. */
    List<PublicAward> shown(List<PublicAward> listed) {
        var hidden = awards.hiddenFromProfile(listed.stream().map(award -> award.award().id()).toList());
        return listed.stream().filter(award -> !hidden.contains(award.award().id())).toList();
    }

    /** The awards of a list that their holders hid, in order; runs in the caller's unit of work. */
    List<PublicAward> hidden(List<PublicAward> listed) {
        var hidden = awards.hiddenFromProfile(listed.stream().map(award -> award.award().id()).toList());
        return listed.stream().filter(award -> hidden.contains(award.award().id())).toList();
    }

    private static boolean heldBy(Award award, MemberId member) {
        return award.holder().equals(Optional.of(member))
                || award.holder().isEmpty() && award.recipient().equals(new MemberIdentity(member));
    }
}
