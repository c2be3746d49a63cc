package id.warta;

import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

class JavaVersionCheckTest {

    @Test
    void anOlderJavaIsToldWhatToDo() {
        assertThat(JavaVersionCheck.problem(17, "/usr/lib/jvm/java-17"))
                .contains("needs Java 21 or newer", "this is Java 17", "/usr/lib/jvm/java-17", "JAVA_HOME");
    }

    @Test
    void java21AndLaterStartWarta() {
        assertThat(JavaVersionCheck.problem(21, "x")).isNull();
        assertThat(JavaVersionCheck.problem(25, "x")).isNull();
    }

    /** The check can only speak on an older Java if that Java can load it: class file version 61 is Java 17. */
    @Test
    void theCheckLoadsOnJava17() throws IOException {
        try (InputStream in = JavaVersionCheck.class.getResourceAsStream("JavaVersionCheck.class")) {
            DataInputStream data = new DataInputStream(in);
            assertThat(data.readInt()).isEqualTo(0xCAFEBABE);
            data.readUnsignedShort(); // minor version
            assertThat(data.readUnsignedShort()).isLessThanOrEqualTo(61);
        }
    }
}
