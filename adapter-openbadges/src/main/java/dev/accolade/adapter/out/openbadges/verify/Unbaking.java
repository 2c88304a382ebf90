package dev.accolade.adapter.out.openbadges.verify;

import dev.accolade.adapter.out.openbadges.image.PngBaking;
import dev.accolade.adapter.out.openbadges.image.SvgAssertion;
import dev.accolade.adapter.out.openbadges.image.SvgBaking;
import dev.accolade.application.port.out.credential.Presentation;
import dev.accolade.application.port.out.credential.ResolvedDocument;
import dev.accolade.domain.credential.Verdict;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Takes the credential out of what was presented: a baked PNG or SVG, a URL, or the text itself. */
final class Unbaking {

    private Unbaking() {
    }

    /** The credential's text, or empty with the reason recorded under {@code format}. */
    static Optional<String> text(Presentation presentation, Fetched fetched, CheckLog log) {
        byte[] content = presentation.content();
        try {
            return switch (presentation.kind()) {
                case PNG -> baked(PngBaking.unbake(content, PngBaking.OPEN_BADGES_3)
                        .or(() -> PngBaking.unbake(content, PngBaking.OPEN_BADGES_2)), "PNG", log);
                case SVG -> baked(svg(utf8(content)), "SVG", log);
                case URL -> followed(utf8(content).strip(), fetched, log);
                case JSON, JWT -> Optional.of(utf8(content));
            };
        } catch (IllegalArgumentException unreadable) {
            log.failed("format", "The " + presentation.kind().name().toLowerCase(Locale.ROOT)
                    + " could not be read: " + unreadable.getMessage(), Verdict.UNVERIFIABLE);
            return Optional.empty();
        }
    }

    /** What a URL serves, recording a 410 as a revoked hosted assertion. */
    static Optional<String> followed(String url, Fetched fetched, CheckLog log) {
        Optional<ResolvedDocument> answer = fetched.get(url);
        if (answer.isEmpty() || (answer.get().status() != 200 && answer.get().status() != 410)) {
            log.failed("fetch", "Nothing could be fetched from " + url + ".", Verdict.UNVERIFIABLE);
            return Optional.empty();
        }
        if (answer.get().status() == 410) {
            log.format("ob2");
            log.identify(Optional.of(url), Optional.empty());
            log.passed("hosted", "The assertion's URL answers 410 Gone.");
            log.failed("revocation", "The issuer has revoked the assertion.", Verdict.REVOKED);
            return Optional.empty();
        }
        log.passed("fetch", "Fetched " + url + ".");
        return Optional.of(new String(answer.get().body(), StandardCharsets.UTF_8));
    }

    private static Optional<String> svg(String svg) {
        Optional<String> credential = SvgBaking.unbakeCredential(svg);
        if (credential.isPresent()) {
            return credential;
        }
        return SvgBaking.unbakeAssertion(svg).map(Unbaking::assertionText);
    }

    private static String assertionText(SvgAssertion assertion) {
        return assertion.json().isBlank() ? assertion.verify() : assertion.json();
    }

    private static Optional<String> baked(Optional<String> text, String kind, CheckLog log) {
        if (text.isEmpty()) {
            log.failed("format", "The " + kind + " carries no baked credential.", Verdict.UNVERIFIABLE);
            return Optional.empty();
        }
        log.passed("unbaked", "The " + kind + " carries a baked credential.");
        return text;
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new IllegalArgumentException("it is not UTF-8 text");
        }
    }
}
