package org.diffusioncourse.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.diffusioncourse.operations.Migrations;
import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.util.Statistics;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the per-request account check ({@code security.AccountFreshness}) costs: the one read it
 * makes, {@code select version from app_user where id = ?} by primary key, through a Hikari pool
 * and Spring's {@code JdbcClient}, on the site's default database (an H2 file, as
 * application.properties opens it) holding 1,000 accounts.
 *
 * <p>Run from the project root after {@code ./mvnw -q test-compile}:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.diffusioncourse.bench.AccountCheckBenchmark},
 * with {@code cp.txt} from {@code ./mvnw -q dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 * Settings as every benchmark here ({@link JmhRuns}); SampleTime in microseconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AccountCheckBenchmark {

    private static final int ACCOUNTS = 1000;

    private Path folder;
    private HikariDataSource pool;
    private JdbcClient jdbc;
    private long id;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        folder = Files.createTempDirectory("account-check");
        pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:h2:file:" + folder.resolve("course") + ";AUTO_SERVER=FALSE;WRITE_DELAY=0");
        pool.setUsername("course");
        pool.setPassword("");
        Flyway.configure().dataSource(pool).locations(Migrations.locations(pool.getJdbcUrl())).load().migrate();
        jdbc = JdbcClient.create(pool);
        for (int i = 0; i < ACCOUNTS; i++) {
            jdbc.sql("insert into app_user (username, password_hash, display_name) values (:u, 'x', 'Bench')")
                    .param("u", "bench-" + i).update();
        }
        id = jdbc.sql("select id from app_user where username = 'bench-500'").query(Long.class).single();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        pool.close();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** The same statement as {@code UserRepository.version(long)}. */
    @Benchmark
    public Long versionById() {
        return jdbc.sql("select version from app_user where id = :id").param("id", id).query(Long.class).single();
    }

    public static void main(String[] args) throws RunnerException {
        Collection<RunResult> results = JmhRuns.run(AccountCheckBenchmark.class.getSimpleName(), 1);
        for (RunResult r : results) {
            Statistics stats = r.getPrimaryResult().getStatistics();
            System.out.printf("versionById: median %.1f us, p90 %.1f us, p99 %.1f us, mean %.1f us, samples %d%n",
                    stats.getPercentile(50), stats.getPercentile(90), stats.getPercentile(99), stats.getMean(), stats.getN());
        }
    }
}
