package dev.accolade.application.credential;

/** How an Open Badges 3.0 credential is secured. */
public enum CredentialFormat {
    /** JSON-LD with a Data Integrity {@code eddsa-rdfc-2022} proof. */
    DATA_INTEGRITY,
    /** A VC-JWT signed with {@code RS256}. */
    JWT
}
