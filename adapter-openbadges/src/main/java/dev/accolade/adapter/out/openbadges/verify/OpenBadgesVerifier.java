package dev.accolade.adapter.out.openbadges.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.adapter.out.openbadges.proof.BundledContexts;
import dev.accolade.adapter.out.openbadges.proof.Canonicalizer;
import dev.accolade.adapter.out.openbadges.proof.EddsaRdfc2022;
import dev.accolade.application.port.out.credential.CredentialVerifierPort;
import dev.accolade.application.port.out.credential.DocumentResolverPort;
import dev.accolade.application.port.out.credential.Presentation;
import dev.accolade.domain.credential.Verdict;
import dev.accolade.domain.credential.VerificationReport;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Verifies Open Badges credentials of any issuer from public URLs alone: unbakes an image, follows a
 * URL, and checks an Open Badges 2.0 assertion by hosted verification, or an Open Badges 3.0 credential
 * by its Data Integrity proof or as a VC-JWT. JSON-LD contexts come only from the bundle.
 */
public final class OpenBadgesVerifier implements CredentialVerifierPort {

    private static final String OB2_CONTEXT = "https://w3id.org/openbadges/v2";
    /** How long one verification may spend fetching documents, all of them together. */
    private static final Duration BUDGET = Duration.ofSeconds(20);

    private final Ob3Check dataIntegrity;
    private final JwtCheck jwt;

    /** A verifier whose proofs canonicalize with the bundled contexts only. */
    public OpenBadgesVerifier() {
        EddsaRdfc2022 proofs = new EddsaRdfc2022(new Canonicalizer(BundledContexts.production()));
        StatusCheck status = new StatusCheck(proofs);
        this.dataIntegrity = new Ob3Check(proofs, status);
        this.jwt = new JwtCheck(status);
    }

    @Override
    public VerificationReport verify(Presentation presentation, DocumentResolverPort resolver, Instant now) {
        CheckLog log = new CheckLog();
        Fetched fetched = new Fetched(resolver, BUDGET);
        try {
            Optional<String> text = Unbaking.text(presentation, fetched, log);
            text.ifPresent(content -> dispatch(content.strip(), fetched, now, log, true));
        } catch (RuntimeException unexpected) {
            log.failed("internal", "The credential could not be checked.", Verdict.UNVERIFIABLE);
        }
        return log.report();
    }

    private void dispatch(String content, Fetched fetched, Instant now, CheckLog log, boolean mayFollow) {
        if (content.startsWith("{")) {
            Optional<ObjectNode> json = Fetched.parse(content);
            if (json.isEmpty()) {
                log.failed("format", "What was presented is not valid JSON.", Verdict.UNVERIFIABLE);
            } else if (isOpenBadges2(json.get())) {
                Ob2Check.check(json.get(), fetched, now, log);
            } else {
                dataIntegrity.check(json.get(), fetched, now, log);
            }
            return;
        }
        Optional<Jws> token = Jws.parse(content);
        if (token.isPresent()) {
            if (token.get().payload().has("recipient") && token.get().payload().has("badge")) {
                log.format("ob2");
                log.failed("format", "Signed Open Badges 2.0 assertions are not supported; hosted ones are.",
                        Verdict.UNVERIFIABLE);
                return;
            }
            jwt.check(token.get(), fetched, now, log);
            return;
        }
        if (mayFollow && (content.startsWith("https://") || content.startsWith("http://"))) {
            Unbaking.followed(content, fetched, log)
                    .ifPresent(body -> dispatch(body.strip(), fetched, now, log, false));
            return;
        }
        log.failed("format", "What was presented is neither a credential, an assertion, a VC-JWT nor a URL.",
                Verdict.UNVERIFIABLE);
    }

    private static boolean isOpenBadges2(JsonNode json) {
        return Fetched.holds(json, "@context", OB2_CONTEXT) || "Assertion".equals(json.path("type").asText());
    }
}
