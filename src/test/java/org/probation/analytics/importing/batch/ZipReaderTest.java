package org.probation.analytics.importing.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.probation.analytics.importing.ImportException;

/** Hostile zips: bombs (whatever their headers say), nesting, paths out of the zip, odd names, too many files. */
class ZipReaderTest {

    static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void each_entry_is_read_or_refused_with_its_reason_and_folders_and_mac_metadata_are_skipped() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("reports/", new byte[0]);
        entries.put("reports/norfolk.txt", text("An inspection of probation services in:\nNorfolk PDU\n"));
        entries.put("__MACOSX/reports/._norfolk.txt", new byte[] {0, 5, 22, 7});
        entries.put("inner.zip", BatchReports.zip(Map.of("a.txt", text("a"))));
        entries.put("../../etc/passwd", text("root:x:0:0"));
        entries.put("/absolute.txt", text("x"));
        entries.put("C:\\Windows\\win.txt", text("x"));
        entries.put("bomb.txt", new byte[(int) BatchLimits.MAX_FILE_BYTES + 1]);
        entries.put("gnp.\u202Eevil\u0007.txt", text("x"));

        List<BatchFile> files = ZipReader.read("reports.zip", BatchReports.zip(entries));

        assertThat(files)
                .extracting(BatchFile::name, BatchFile::refusal)
                .containsExactly(
                        tuple("reports/norfolk.txt", null),
                        tuple("inner.zip", "a zip inside the zip is not read: unzip it and add its files"),
                        tuple("../../etc/passwd", "its path leads outside the zip ('../../etc/passwd'): not read"),
                        tuple("/absolute.txt", "its path leads outside the zip ('/absolute.txt'): not read"),
                        tuple("C:/Windows/win.txt", "its path leads outside the zip ('C:/Windows/win.txt'): not read"),
                        tuple("bomb.txt", "inflates to more than 5242880 bytes (the limit of one file): not read"),
                        tuple("gnp.evil.txt", null));
        assertThat(files.getFirst().bytes()).asString().startsWith("An inspection of");
        assertThat(files).filteredOn(BatchFile::isRefused).allMatch(f -> f.bytes().length == 0);
    }

    @Test
    void a_bomb_whose_header_claims_a_small_size_is_counted_as_it_inflates() {
        byte[] zip = BatchReports.zip(Map.of("small.txt", new byte[50 * 1024 * 1024]));
        assertThat(zip.length).as("50 MB of zeros deflate to a small zip").isLessThan(100_000);
        // the central directory's uncompressed size of the entry rewritten to 10 bytes
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int cen = -1;
        for (int i = zip.length - 22; i >= 0; i--) {
            if (b.getInt(i) == 0x02014b50) {
                cen = i;
                break;
            }
        }
        b.putInt(cen + 24, 10);

        List<BatchFile> files = ZipReader.read("bomb.zip", zip);

        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.isRefused()).isTrue();
            assertThat(f.refusal()).startsWith("inflates to more than 5242880 bytes");
        });
    }

    @Test
    void the_files_of_a_zip_together_stop_at_the_total_limit_and_the_rest_are_refused_by_name() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        byte[] big = new byte[4_500_000];
        for (int i = 1; i <= 25; i++) {
            entries.put("part-" + i + ".txt", big);
        }

        List<BatchFile> files = ZipReader.read("many.zip", BatchReports.zip(entries));

        long read = files.stream().filter(f -> !f.isRefused()).count();
        assertThat(read).isEqualTo(BatchLimits.MAX_TOTAL_BYTES / big.length);
        assertThat(files.get((int) read).refusal())
                .isEqualTo("the zip's files inflate to more than 104857600 bytes together: this one is not read");
        assertThat(files).hasSize(25);
    }

    @Test
    void an_empty_a_corrupt_and_a_crowded_zip_are_refused_whole_with_the_reason() {
        assertThatThrownBy(() -> ZipReader.read("empty.zip", BatchReports.zip(Map.of())))
                .isInstanceOf(ImportException.class)
                .hasMessage("empty.zip: the zip holds no files");
        assertThatThrownBy(() -> ZipReader.read("folders.zip", BatchReports.zip(Map.of("a/", new byte[0]))))
                .hasMessage("folders.zip: the zip holds no files");
        byte[] corrupt = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8};
        assertThatThrownBy(() -> ZipReader.read("corrupt.zip", corrupt))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("corrupt.zip: not a readable zip (");
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i <= BatchLimits.MAX_ENTRIES; i++) {
            many.put("r" + i + ".txt", text("x"));
        }
        assertThatThrownBy(() -> ZipReader.read("crowded.zip", BatchReports.zip(many)))
                .hasMessage("crowded.zip: the zip holds 101 files; at most 100 are read from one zip: split it");
    }
}
