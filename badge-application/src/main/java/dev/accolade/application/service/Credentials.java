package dev.accolade.application.service;

import dev.accolade.domain.error.DomainException;

/** The one answer to every wrong credential, so that none tells which part was wrong. */
final class Credentials {

    private Credentials() {
    }

    static DomainException invalid() {
        return DomainException.unauthenticated("invalid_credentials", "The credentials are not valid.");
    }
}
