package id.warta.node;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class BasicAuthorizationTest {

    @Test
    void encodesUserAndPasswordAsUtf8() {
        assertThat(decoded(BasicAuthorization.of("rédacteur", "kata:sandi"))).isEqualTo("rédacteur:kata:sandi");
    }

    @Test
    void aMissingPasswordIsAnEmptyOneNotTheWordNull() {
        assertThat(decoded(BasicAuthorization.of("elastic", null))).isEqualTo("elastic:");
    }

    private static String decoded(String header) {
        assertThat(header).startsWith("Basic ");
        return new String(Base64.getDecoder().decode(header.substring("Basic ".length())), StandardCharsets.UTF_8);
    }
}
