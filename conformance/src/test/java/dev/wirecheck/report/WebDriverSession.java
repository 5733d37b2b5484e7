package dev.wirecheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wirecheck.oracle.ExternalTools;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A minimal W3C WebDriver client over chromedriver (Debian package {@code chromium-driver}) for
 * the few interactions a test needs: open a page, click, run a script. chromedriver listens on
 * 127.0.0.1 only; the browser gets the flags that keep it off the network and a fresh profile.
 * Closing ends the session and the chromedriver process this object started (by its handle).
 */
final class WebDriverSession implements AutoCloseable {
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Process driver;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private String session;

    WebDriverSession(Path work) throws IOException, InterruptedException {
        Path chromedriver = ExternalTools.require("chromedriver", "chromium-driver");
        Path chromium = ExternalTools.require("chromium", "chromium");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        driver = new ProcessBuilder(chromedriver.toString(), "--port=" + port, "--allowed-ips=127.0.0.1")
                .redirectErrorStream(true).redirectOutput(work.resolve("chromedriver.log").toFile()).start();
        try {
            waitReady();
            Path profile = Files.createTempDirectory(work, "chromium-profile");
            ObjectNode caps = JSON.createObjectNode();
            ObjectNode options = caps.putObject("capabilities").putObject("alwaysMatch")
                    .put("browserName", "chrome").putObject("goog:chromeOptions");
            options.put("binary", chromium.toString());
            var args = options.putArray("args");
            HeadlessChromium.FLAGS.forEach(args::add);
            args.add("--window-size=1280,1600").add("--user-data-dir=" + profile);
            session = call("POST", "/session", caps).get("sessionId").asText();
        } catch (IOException | InterruptedException | RuntimeException e) {
            close();
            throw e;
        }
    }

    void open(Path page) throws IOException, InterruptedException {
        call("POST", "/session/" + session + "/url", JSON.createObjectNode().put("url", page.toAbsolutePath().toUri().toString()));
    }

    void click(String css) throws IOException, InterruptedException {
        JsonNode el = call("POST", "/session/" + session + "/element",
                JSON.createObjectNode().put("using", "css selector").put("value", css));
        call("POST", "/session/" + session + "/element/" + el.get(ELEMENT).asText() + "/click", JSON.createObjectNode());
    }

    /** Runs {@code script} (a function body ending in {@code return …}) in the page. */
    JsonNode script(String script) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("script", script);
        body.putArray("args");
        return call("POST", "/session/" + session + "/execute/sync", body);
    }

    private void waitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/status"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (JSON.readTree(r.body()).at("/value/ready").asBoolean()) {
                    return;
                }
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("chromedriver did not start within 30 s", notYet);
                }
            }
            if (!driver.isAlive()) {
                throw new IOException("chromedriver exited with " + driver.exitValue());
            }
            Thread.sleep(100);
        }
    }

    private JsonNode call(String method, String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json");
        b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode value = JSON.readTree(r.body()).get("value");
        if (r.statusCode() != 200) {
            throw new IOException("WebDriver " + method + " " + path + " → " + r.statusCode() + ": " + value);
        }
        return value;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            if (session != null) {
                call("DELETE", "/session/" + session, null);
            }
        } finally {
            driver.descendants().forEach(ProcessHandle::destroy);
            driver.destroy();
            if (!driver.waitFor(10, TimeUnit.SECONDS)) {
                driver.destroyForcibly();
            }
        }
    }
}
