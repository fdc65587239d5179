package org.probation.analytics.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What an analyst's editor may save (issue 15, defects 4, 7 and 10). */
class ImportBundleTest {

    @Test
    void windows_line_endings_and_a_byte_order_mark_are_read_as_the_same_bundle() {
        String unix = "# file: inspection.csv\nid,name\na,b\n# file: results.csv\nx,y\n1,2\n";
        byte[] windows = ("\uFEFF" + unix.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);

        String text = ImportBundle.decode(windows);

        assertThat(text).isEqualTo(unix);
        assertThat(ImportBundle.split(text))
                .extracting(ImportFile::name)
                .containsExactly("inspection.csv", "results.csv");
        assertThat(ImportBundle.split(text).getFirst().content()).isEqualTo("id,name\na,b\n");
    }

    @Test
    void a_bad_byte_deep_in_a_large_upload_is_named_by_offset_and_line_in_one_pass() {
        // 160 kB of text, then a byte that is not UTF-8: finding it was quadratic (4.8 s; 5 MB ~1.4 h)
        byte[] bytes = Arrays.copyOf(("a,b\n".repeat(40_000)).getBytes(StandardCharsets.US_ASCII), 160_001);
        bytes[160_000] = (byte) 0xFF;

        assertThatThrownBy(() -> ImportBundle.decode(bytes))
                .isInstanceOf(ImportException.class)
                .hasMessage("the upload is not UTF-8 text (byte 160000, line 40001)");
    }
}
