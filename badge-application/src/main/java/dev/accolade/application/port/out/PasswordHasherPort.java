package dev.accolade.application.port.out;

import dev.accolade.domain.member.PasswordHash;

/** Hashes passwords with a slow, salted key-derivation function and checks them in constant time. */
public interface PasswordHasherPort {

    /** The stored form of a password. */
    PasswordHash hash(String password);

    /** Whether the password is the one hashed. */
    boolean matches(String password, PasswordHash hash);
}
