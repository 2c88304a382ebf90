package dev.accolade.domain.award;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Check;
import dev.accolade.domain.logline.LogLine;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.request.AwardRequestId;

/** How an award came about: given directly, an accepted offer or request, a log line, or a rule. */
public sealed interface AwardSource {

    /** The kind, as stores and adapters name it. */
    Kind kind();

    /** The kinds of source. */
    enum Kind {
        /** Given directly by the issuer. */
        DIRECT,
        /** The recipient accepted an offer. */
        OFFER,
        /** The issuer accepted the recipient's request. */
        REQUEST,
        /** Parsed from a game server's log line. */
        LOG_LINE,
        /** Granted by an automatic rule. */
        RULE
    }

    /** Given directly by the issuer. */
    record Direct() implements AwardSource {
        @Override
        public Kind kind() {
            return Kind.DIRECT;
        }
    }

    /**
     * The recipient accepted an offer.
     *
     * @param offer the accepted offer
     */
    record FromOffer(OfferId offer) implements AwardSource {

        /** Checks the offer is present. */
        public FromOffer {
            requireNonNull(offer, "offer");
        }

        @Override
        public Kind kind() {
            return Kind.OFFER;
        }
    }

    /**
     * The issuer accepted the recipient's request.
     *
     * @param request the accepted request
     */
    record FromRequest(AwardRequestId request) implements AwardSource {

        /** Checks the request is present. */
        public FromRequest {
            requireNonNull(request, "request");
        }

        @Override
        public Kind kind() {
            return Kind.REQUEST;
        }
    }

    /**
     * Parsed from a game server's log line, which is kept with the award.
     *
     * @param line the raw line
     */
    record FromLogLine(LogLine line) implements AwardSource {

        /** Checks the line is present. */
        public FromLogLine {
            requireNonNull(line, "line");
        }

        @Override
        public Kind kind() {
            return Kind.LOG_LINE;
        }
    }

    /**
     * Granted by an automatic rule.
     *
     * @param rule the rule's name, at most 100 characters
     */
    record FromRule(String rule) implements AwardSource {

        /** Checks the rule's name. */
        public FromRule {
            rule = Check.line(rule, "rule", 100);
        }

        @Override
        public Kind kind() {
            return Kind.RULE;
        }
    }
}
