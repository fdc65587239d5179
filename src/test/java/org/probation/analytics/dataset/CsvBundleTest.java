package org.probation.analytics.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probation.analytics.dataset.DatasetFiles.Source;

/** Which files a bundle takes (a line per row under the exact header) and where each one's rows begin. */
class CsvBundleTest {

    @TempDir
    Path dir;

    final List<Source> files = new ArrayList<>();

    @Test
    void plain_files_are_joined_under_one_header_with_the_first_row_of_each() throws IOException {
        file("a.csv", "id,text\n1,x\n2,\"y, quoted \"\"z\"\"\"\n");
        file("empty.csv", "id,text\n");
        file("b.csv", "id,text\n3,w");

        try (CsvBundle bundle = CsvBundle.of("id,text", files)) {
            assertThat(bundle.parts())
                    .extracting(p -> p.file().name(), CsvBundle.Part::firstRow, CsvBundle.Part::rows)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("a.csv", 1L, 2L),
                            org.assertj.core.groups.Tuple.tuple("b.csv", 3L, 1L));
            assertThat(bundle.rows()).isEqualTo(3);
            assertThat(bundle.leftOut()).isEmpty();
            assertThat(Files.readString(bundle.path())).isEqualTo("id,text\n1,x\n2,\"y, quoted \"\"z\"\"\"\n3,w\n");
        }
    }

    @Test
    void files_whose_rows_are_not_one_a_line_or_whose_header_differs_are_left_out() throws IOException {
        file("break.csv", "id,text\n1,\"two\nlines\"\n");
        file("crlf.csv", "id,text\r\n1,x\r\n");
        file("blank.csv", "id,text\n1,x\n\n2,y\n");
        file("unclosed.csv", "id,text\n1,\"x\n");
        file("spaced.csv", "id, text\n1,x\n");
        file("bom.csv", "\uFEFFid,text\n1,x\n");
        file("no-line-end.csv", "id,text");

        try (CsvBundle bundle = CsvBundle.of("id,text", files)) {
            assertThat(bundle.parts()).isEmpty();
            assertThat(bundle.leftOut())
                    .extracting(Source::name)
                    .containsExactly(
                            "break.csv",
                            "crlf.csv",
                            "blank.csv",
                            "unclosed.csv",
                            "spaced.csv",
                            "bom.csv",
                            "no-line-end.csv");
        }
    }

    @Test
    void the_bundle_file_is_deleted_when_closed() throws IOException {
        Path path;
        try (CsvBundle bundle = CsvBundle.of("id,text", files)) {
            path = bundle.path();
            assertThat(path).exists();
        }
        assertThat(path).doesNotExist();
    }

    private void file(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, text);
        files.add(new Source(path, name));
    }
}
