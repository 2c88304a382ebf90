package dev.accolade.application.content;

import dev.accolade.application.port.out.RemoteContentPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.content.BlobRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;

/** Builds the content feature's services over the ports and collaborators they use. */
public final class ContentWiring {

    private ContentWiring() {
    }

    /** The Contents facade. */
    public static Contents contents(TransactionPort transactions, BlobRepository blobs, RemoteContentPort remote,
            CommandValidator validator, Access access) {
        return new ContentService(transactions, blobs, remote, validator, access);
    }
}
