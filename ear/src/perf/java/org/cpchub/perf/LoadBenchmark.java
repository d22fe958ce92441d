package org.cpchub.perf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * The public-site benchmark of the perf profile: closed-loop clients (each sends its next request when the last
 * one is answered) on loopback against the running server, per endpoint at 20 and then 100 clients, after an
 * unrecorded warm-up. A static file served by the same Payara is measured in the same run as the reference,
 * because on a shared 2-core machine only ratios to it mean anything. Writes a Markdown results file.
 *
 * <p>Why not Gatling (the architecture's suggestion): its open-source edition keeps the per-request percentiles
 * only in its HTML report, and this benchmark's product is a file of numbers.
 */
public final class LoadBenchmark {
    private static final String[] SEARCHES = {"fostering", "care leavers", "placement stability", "dental checks",
        "virtual school", "pathway planning", "immunisations", "foster carer retention", "kinship care",
        "school attendance", "advocacy", "apprenticeships"};

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Duration warmUp;
    private final Duration measure;

    private LoadBenchmark(String base, Duration warmUp, Duration measure) {
        this.base = base;
        this.warmUp = warmUp;
        this.measure = measure;
    }

    /** One measured endpoint: a name and the path of its i-th request. */
    record Endpoint(String name, IntFunction<String> path) {
    }

    /** The outcome of one endpoint at one concurrency. */
    record Result(String endpoint, int clients, long requests, long errors, double seconds, long p50, long p95,
                  long p99) {
        double throughput() {
            return requests / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("perf.base.url", "http://localhost:29080");
        String jdbc = System.getProperty("perf.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/cpchub_perf?user=postgres");
        Path out = Path.of(System.getProperty("perf.results", "target/perf/results.md"));
        Duration warmUp = Duration.ofSeconds(Long.getLong("perf.warmup.seconds", 10));
        Duration measure = Duration.ofSeconds(Long.getLong("perf.measure.seconds", 20));
        int[] levels = Arrays.stream(System.getProperty("perf.clients", "20,100").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip())).toArray();

        DataSet data = DataSet.read(jdbc);
        List<Endpoint> endpoints = List.of(
                new Endpoint("static file (reference)", i -> "/robots.txt"),
                new Endpoint("public meeting page", i -> "/meeting.xhtml?id=" + data.meetingIds[i % data.meetingIds.length]),
                new Endpoint("search", i -> "/search.xhtml?q=" + SEARCHES[i % SEARCHES.length].replace(" ", "+")),
                new Endpoint("JSON API meeting", i -> "/api/oparl/v1/meetings/" + data.meetingIds[i % data.meetingIds.length]));

        LoadBenchmark benchmark = new LoadBenchmark(base, warmUp, measure);
        List<Result> results = new ArrayList<>();
        for (int clients : levels) {
            for (Endpoint endpoint : endpoints) {
                benchmark.run(endpoint, clients, benchmark.warmUp);
                Result r = benchmark.run(endpoint, clients, benchmark.measure);
                System.out.printf(Locale.ROOT, "%-26s %3d clients: %8.1f req/s  p50 %6.2f ms  p95 %6.2f ms  errors %d%n",
                        r.endpoint(), r.clients(), r.throughput(), r.p50() / 1e6, r.p95() / 1e6, r.errors());
                results.add(r);
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report(results, data, base, measure));
        System.out.println("Results written to " + out.toAbsolutePath());
        if (results.stream().anyMatch(r -> r.errors() > 0)) {
            System.err.println("Some requests failed: see the errors column.");
            System.exit(1);
        }
    }

    private Result run(Endpoint endpoint, int clients, Duration duration) throws InterruptedException {
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        AtomicLong errors = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(clients);
        AtomicLong sequence = new AtomicLong();
        for (int c = 0; c < clients; c++) {
            int me = c;
            latencies[c] = new long[1 << 14];
            Thread thread = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        int i = (int) sequence.getAndIncrement();
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + endpoint.path().apply(i)))
                                .timeout(Duration.ofSeconds(30)).GET().build();
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() != 200 || response.body().length == 0) {
                                errors.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        }
                        long elapsed = System.nanoTime() - t0;
                        if (counts[me] == latencies[me].length) {
                            latencies[me] = Arrays.copyOf(latencies[me], counts[me] * 2);
                        }
                        latencies[me][counts[me]++] = elapsed;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "client-" + c);
            thread.setDaemon(true);
            thread.start();
        }
        long start = System.nanoTime();
        Thread.sleep(duration.toMillis());
        stop.set(true);
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = new long[Arrays.stream(counts).sum()];
        int k = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, k, counts[c]);
            k += counts[c];
        }
        Arrays.sort(all);
        return new Result(endpoint.name(), clients, all.length, errors.get(), seconds,
                percentile(all, 50), percentile(all, 95), percentile(all, 99));
    }

    private static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String report(List<Result> results, DataSet data, String base, Duration measure) {
        StringBuilder md = new StringBuilder();
        md.append("# Public site benchmark\n\n")
                .append("Run ").append(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 19))
                .append(" against ").append(base).append(" (loopback, ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores shared by server, database and clients).\n\n")
                .append("Data: ").append(data.summary()).append(".\n\n")
                .append("Closed-loop clients, ").append(measure.toSeconds())
                .append(" s measured per row after an unrecorded warm-up. Latency in milliseconds. ")
                .append("The ratios to the static file at the same concurrency are what count.\n\n")
                .append("| endpoint | clients | requests | errors | req/s | p50 ms | p95 ms | p99 ms | p50 vs static | req/s vs static |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            Result reference = results.stream().filter(x -> x.clients() == r.clients()).findFirst().orElse(r);
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.2f | %.2f | %.2f | %.1fx | %.3f |%n",
                    r.endpoint(), r.clients(), r.requests(), r.errors(), r.throughput(), r.p50() / 1e6,
                    r.p95() / 1e6, r.p99() / 1e6, (double) r.p50() / Math.max(1, reference.p50()),
                    r.throughput() / reference.throughput()));
        }
        return md.toString();
    }

    /** What the server holds, read from its database so the requests address real, public meetings. */
    static final class DataSet {
        long[] meetingIds;
        long committees;
        long meetings;
        long items;
        long documents;

        /**
         * The search index of the bulk-loaded data is built in the background after start-up (a few minutes);
         * measuring meanwhile would measure the build. Waits until the number of indexed meetings has stopped
         * growing (a postponed meeting's agenda may be published and yet not public, so not every one is indexed).
         */
        static void awaitSearchIndex(Statement s) throws SQLException {
            long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
            long last = -1;
            while (true) {
                long indexed;
                try (ResultSet rs = s.executeQuery("SELECT COUNT(DISTINCT meeting_id) FROM search_entry")) {
                    rs.next();
                    indexed = rs.getLong(1);
                }
                if (indexed > 0 && indexed == last) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The search index is still growing: " + indexed + " meetings");
                }
                System.out.printf("Waiting for the search index: %d meetings so far%n", indexed);
                last = indexed;
                try {
                    Thread.sleep(20_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }

        static DataSet read(String jdbc) throws SQLException {
            DataSet d = new DataSet();
            try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement()) {
                // The data set was bulk-loaded seconds ago; without fresh statistics PostgreSQL plans a join of
                // 35,000 resolutions as a sequential scan (9 ms instead of 0.2 ms). Autovacuum would analyse the
                // tables in time on a real server; the benchmark should measure that steady state.
                awaitSearchIndex(s);
                s.execute("ANALYZE");
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT id FROM meeting WHERE status <> 'SCHEDULED' ORDER BY id")) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                d.meetingIds = ids.stream().mapToLong(Long::longValue).toArray();
                d.committees = count(s, "committee");
                d.meetings = count(s, "meeting");
                d.items = count(s, "agenda_item");
                d.documents = count(s, "agenda_document");
            }
            if (d.meetingIds.length == 0) {
                throw new IllegalStateException("No published meetings in " + jdbc + ": was the benchmark data loaded?");
            }
            // shuffle deterministically so consecutive requests hit different committees and years
            java.util.Random random = new java.util.Random(42);
            for (int i = d.meetingIds.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                long t = d.meetingIds[i];
                d.meetingIds[i] = d.meetingIds[j];
                d.meetingIds[j] = t;
            }
            return d;
        }

        private static long count(Statement s, String table) throws SQLException {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        String summary() {
            return String.format(Locale.ROOT, "%d committees, %d meetings (%d with a published agenda), %d agenda items,"
                    + " %d documents", committees, meetings, meetingIds.length, items, documents);
        }
    }
}
