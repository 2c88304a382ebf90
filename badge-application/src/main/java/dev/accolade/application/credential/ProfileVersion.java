package dev.accolade.application.credential;

/** Which Open Badges version an issuer profile is written for. */
public enum ProfileVersion {
    /** Open Badges 2.0: a Profile with hosted verification. */
    OB2,
    /** Open Badges 3.0: a Profile that is also the controller document of the issuer's keys. */
    OB3
}
