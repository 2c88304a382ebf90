package dev.accolade.adapter.in.rest.compat.achievemint;

import dev.accolade.application.member.FindMemberQuery;
import dev.accolade.application.member.FindMemberUseCase;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import java.util.Optional;
import java.util.function.Function;

/**
 * One call of an Achieve Mint method: its parameters, the account its token stands for (resolved
 * when a method first asks), and the views that turn results into the specification's types.
 */
final class Call {

    private final Parameters parameters;
    private final Accounts accounts;
    private final FindMemberUseCase members;
    private final Function<Actor, Views> viewsFor;
    private final String clientAddress;
    private Account account;
    private Views views;

    Call(Parameters parameters, Accounts accounts, FindMemberUseCase members, Function<Actor, Views> viewsFor,
            String clientAddress) {
        this.parameters = parameters;
        this.accounts = accounts;
        this.members = members;
        this.viewsFor = viewsFor;
        this.clientAddress = clientAddress;
    }

    /** The parameters. */
    Parameters parameters() {
        return parameters;
    }

    /** Where the call comes from, as the sign-in throttle counts it. */
    String clientAddress() {
        return clientAddress;
    }

    /** The account of the token; refused without a valid one. */
    Account account() {
        if (account == null) {
            account = accounts.of(parameters);
        }
        return account;
    }

    /** The actor of the account. */
    Actor actor() {
        return account().actor();
    }

    /** The issuer the account awards as, opened on first use for a member. */
    IssuerId issuer() {
        return accounts.issuerOf(account());
    }

    /** Whether the identity names the calling member: its id, or an identity it claimed. */
    boolean isCaller(Identity identity) {
        Optional<MemberId> me = account().member();
        return me.isPresent() && (identity.equals(Identity.member(me.get()))
                || members.findMember(new FindMemberQuery(actor(), identity))
                        .map(found -> found.member().id().equals(me.get())).orElse(false));
    }

    /** The views for the account, or for nobody signed in when the method takes no token. */
    Views views() {
        if (views == null) {
            views = viewsFor.apply(account == null ? Actor.anonymous() : account.actor());
        }
        return views;
    }

    /** The views with the actor given explicitly, for methods that authenticate by other means. */
    Views viewsAs(Actor actor) {
        return viewsFor.apply(actor);
    }
}
