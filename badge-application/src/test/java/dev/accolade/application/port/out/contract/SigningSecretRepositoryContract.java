package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static dev.accolade.application.port.out.contract.ContractData.plusMicros;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.support.AesGcmSecretSealer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.issuer.SigningSecret;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store promises about signing secrets: one per issuer, kept sealed exactly as given. */
public abstract class SigningSecretRepositoryContract extends StoreContract {

    private final AesGcmSecretSealer sealer = AesGcmSecretSealer.withRandomKey();
    private IssuerId issuer;

    @BeforeEach
    void storeIssuer() {
        issuer = savedIssuer().id();
    }

    private SigningSecret saved(SigningSecret secret) {
        write(() -> store.signingSecrets().save(secret));
        return secret;
    }

    @Test
    void a_saved_secret_comes_back_equal_and_still_opens() {
        SigningSecret secret = saved(new SigningSecret(issuer, sealer.seal("abc123"), plusMicros(at(1), 141_592)));

        assertThat(read(() -> store.signingSecrets().find(issuer))).contains(secret);
        assertThat(sealer.open(read(() -> store.signingSecrets().find(issuer)).orElseThrow().sealed()))
                .isEqualTo("abc123");
    }

    @Test
    void saving_again_replaces_the_issuers_secret() {
        saved(new SigningSecret(issuer, sealer.seal("old secret"), at(1)));
        SigningSecret rotated = saved(new SigningSecret(issuer, sealer.seal("new secret"), at(2)));

        assertThat(read(() -> store.signingSecrets().find(issuer))).contains(rotated);
    }

    @Test
    void an_issuer_without_a_secret_finds_none_and_secrets_are_per_issuer() {
        IssuerId other = savedIssuer().id();
        SigningSecret mine = saved(new SigningSecret(issuer, sealer.seal("mine"), at(1)));

        assertThat(read(() -> store.signingSecrets().find(other))).isEmpty();
        assertThat(read(() -> store.signingSecrets().find(issuer))).contains(mine);
    }
}
