package dev.accolade.application.content;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.RemoteContentPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.content.BlobRepository;
import dev.accolade.application.port.out.content.StoredBlob;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.domain.common.Content;
import dev.accolade.domain.common.FileFormat;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.error.DomainException;

/** Serves stored content and downloads content named by URL. */
final class ContentService implements Contents {

    private final TransactionPort transactions;
    private final BlobRepository blobs;
    private final RemoteContentPort remote;
    private final CommandValidator validator;
    private final Access access;

    ContentService(TransactionPort transactions, BlobRepository blobs, RemoteContentPort remote,
            CommandValidator validator, Access access) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.blobs = requireNonNull(blobs, "blobs");
        this.remote = requireNonNull(remote, "remote");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
    }

    @Override
    public Content getContent(long id) {
        if (id < 1) {
            throw notFound();
        }
        return transactions.readOnly(() -> blobs.findById(id)).map(StoredBlob::content)
                .orElseThrow(ContentService::notFound);
    }

    @Override
    public Content fetchContent(FetchContentCommand command) {
        validator.validate(command);
        access.requireSignedIn(command.actor());
        FileFormat format = FileFormat.parse(command.format());
        Content content = remote.fetch(WebUrl.of(command.url(), "url"), format, command.maxBytes());
        if (content.size() > command.maxBytes()) {
            throw DomainException.invalid("url_too_large",
                    "The content at the URL is larger than " + command.maxBytes() + " bytes.");
        }
        if (content.format() != format) {
            throw DomainException.invalid("url_content_mismatch",
                    "The content at the URL is not " + format.wireName() + " content.");
        }
        return content;
    }

    private static DomainException notFound() {
        return DomainException.notFound("content_not_found", "The content does not exist.");
    }
}
