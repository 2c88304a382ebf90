package dev.accolade.application.verification;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.credential.CredentialFormat;
import dev.accolade.application.credential.Credentials;
import dev.accolade.application.credential.OpenBadgeDocuments;
import dev.accolade.application.credential.ProfileVersion;
import dev.accolade.application.credential.PublicDocument;
import dev.accolade.application.port.in.CredentialUrls;
import dev.accolade.application.port.out.RemoteDocumentPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.credential.DocumentResolverPort;
import dev.accolade.application.port.out.credential.ResolvedDocument;
import dev.accolade.application.port.out.issuer.IssuerRepository;
import dev.accolade.domain.common.PublicId;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.issuer.IssuerSlug;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Resolves a URL under one of this server's bases (its public URL, or a base an issuer's credentials
 * are pinned to) by reading the document directly, as its route would serve it; any other URL through
 * the outbound guard. A URL under our base that names nothing answers 404, never a fetch.
 */
final class LocalFirstResolver implements DocumentResolverPort {

    /** The largest document fetched from another server. */
    static final int MAX_REMOTE_BYTES = 1024 * 1024;

    private final OpenBadgeDocuments documents;
    private final Credentials credentials;
    private final RemoteDocumentPort remote;
    private final TransactionPort transactions;
    private final IssuerRepository issuers;
    private final WebUrl publicUrl;

    LocalFirstResolver(OpenBadgeDocuments documents, Credentials credentials, RemoteDocumentPort remote,
            TransactionPort transactions, IssuerRepository issuers, WebUrl publicUrl) {
        this.documents = requireNonNull(documents, "documents");
        this.credentials = requireNonNull(credentials, "credentials");
        this.remote = requireNonNull(remote, "remote");
        this.transactions = requireNonNull(transactions, "transactions");
        this.issuers = requireNonNull(issuers, "issuers");
        this.publicUrl = requireNonNull(publicUrl, "publicUrl");
    }

    @Override
    public Optional<ResolvedDocument> resolve(String url) {
        String document = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
        Optional<String> path = localPath(document);
        if (path.isPresent()) {
            return Optional.of(local(path.get()));
        }
        try {
            return Optional.of(remote.fetch(WebUrl.of(document, "url"), MAX_REMOTE_BYTES));
        } catch (DomainException unreachable) {
            return Optional.empty();
        }
    }

    private Optional<String> localPath(String url) {
        Set<String> bases = new HashSet<>();
        bases.add(CredentialUrls.under(publicUrl).base());
        transactions.readOnly(issuers::credentialBases).forEach(base -> bases.add(CredentialUrls.under(base).base()));
        return bases.stream().filter(base -> url.startsWith(base + "/")).findFirst()
                .map(base -> url.substring(base.length()));
    }

    private ResolvedDocument local(String path) {
        try {
            return answer(route(path));
        } catch (DomainException refused) {
            if (refused.category() == ErrorCategory.NOT_FOUND || refused.category() == ErrorCategory.INVALID) {
                return new ResolvedDocument(404, "", new byte[0]);
            }
            throw refused;
        }
    }

    private Supplier<PublicDocument> route(String path) {
        String[] parts = path.substring(1).split("/", -1);
        if (parts.length < 4 || !parts[0].equals("ob")) {
            return () -> {
                throw notFound();
            };
        }
        String family = parts[1] + "/" + parts[2];
        String id = parts[3];
        String rest = parts.length > 4 ? String.join("/", Arrays.copyOfRange(parts, 4, parts.length)) : "";
        return switch (family + (rest.isEmpty() ? "" : "/" + firstSegment(rest))) {
            case "v2/assertions" -> () -> documents.assertion(publicId(id));
            case "v2/badges" -> () -> documents.badgeClass(publicId(id));
            case "v2/badges/image" -> () -> documents.badgeImage(publicId(id));
            case "v2/issuers" -> () -> documents.issuerProfile(new IssuerSlug(id), ProfileVersion.OB2);
            case "v3/credentials" -> () -> credentials.credential(publicId(id), CredentialFormat.DATA_INTEGRITY);
            case "v3/achievements" -> () -> documents.achievement(publicId(id));
            case "v3/issuers" -> () -> documents.issuerProfile(new IssuerSlug(id), ProfileVersion.OB3);
            case "v3/issuers/keys" -> () -> documents.issuerJwk(new IssuerSlug(id), lastSegment(rest));
            case "v3/issuers/status" -> () -> documents.statusList(new IssuerSlug(id), listNumber(lastSegment(rest)));
            default -> () -> {
                throw notFound();
            };
        };
    }

    private static ResolvedDocument answer(Supplier<PublicDocument> read) {
        PublicDocument document = read.get();
        return new ResolvedDocument(document.gone() ? 410 : 200, document.mediaType(), document.body());
    }

    private static String firstSegment(String rest) {
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static String lastSegment(String rest) {
        return rest.substring(rest.lastIndexOf('/') + 1);
    }

    private static PublicId publicId(String value) {
        return PublicId.parse(value).orElseThrow(LocalFirstResolver::notFound);
    }

    private static long listNumber(String value) {
        if (!value.matches("[0-9]{1,15}")) {
            throw notFound();
        }
        return Long.parseLong(value);
    }

    private static DomainException notFound() {
        return DomainException.notFound("document_not_found", "This server has no such document.");
    }
}
