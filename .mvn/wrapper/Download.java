import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;

/**
 * The JDK-only half of ./mvnw: downloads one file and checks its SHA-256, so that a machine with
 * a JDK and no Maven can fetch the pinned Maven distribution. Run as a single-file program:
 * {@code java .mvn/wrapper/Download.java <url> <target> <sha256>}.
 */
public class Download {

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java Download.java <url> <target> <sha256>");
            System.exit(2);
        }
        URI uri = URI.create(args[0]);
        Path target = Path.of(args[1]);
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30)).build();
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            System.err.println("mvnw: " + uri + " answered HTTP " + response.statusCode());
            System.exit(1);
        }
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (InputStream in = response.body()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        }
        String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(partial)));
        if (!actual.equalsIgnoreCase(args[2])) {
            Files.delete(partial);
            System.err.println("mvnw: " + uri + " has SHA-256 " + actual + ", not the pinned " + args[2]);
            System.exit(1);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
