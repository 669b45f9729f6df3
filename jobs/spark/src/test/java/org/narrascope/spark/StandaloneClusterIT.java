package org.narrascope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.cli.Narrascope;
import org.narrascope.corpus.sample.GeneratorConfig;
import org.narrascope.corpus.sample.SampleCorpusGenerator;

/**
 * The distributed path: a real standalone Spark cluster (one master, one worker, executor JVMs of
 * their own) on 127.0.0.1, the cluster jar submitted with {@code SparkSubmit} exactly as a user
 * would, and tables byte-identical to an embedded run's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandaloneClusterIT {
  @TempDir static Path tmp;
  private final List<Process> daemons = new ArrayList<>();
  private String classpath;
  private Path sparkHome;
  private String masterUrl;

  @BeforeAll
  void startCluster() throws Exception {
    classpath = System.getProperty("java.class.path");
    sparkHome = tmp.resolve("spark-home");
    Path jars = Files.createDirectories(sparkHome.resolve("jars"));
    // A Spark home needs only jars/: Spark's own, from this test's class path (not ours: the
    // application jar brings Narrascope, as on a real cluster).
    for (String entry : classpath.split(File.pathSeparator)) {
      Path p = Path.of(entry);
      String name = p.getFileName().toString();
      if (name.endsWith(".jar") && !name.startsWith("narrascope")) {
        Path link = jars.resolve(name);
        if (!Files.exists(link)) {
          Files.createSymbolicLink(link, p.toAbsolutePath());
        }
      }
    }
    int masterPort = freePort();
    masterUrl = "spark://127.0.0.1:" + masterPort;
    daemons.add(
        daemon(
            "master",
            "org.apache.spark.deploy.master.Master",
            "--host",
            "127.0.0.1",
            "--port",
            Integer.toString(masterPort),
            "--webui-port",
            "0"));
    daemons.add(
        daemon(
            "worker",
            "org.apache.spark.deploy.worker.Worker",
            "--host",
            "127.0.0.1",
            "--cores",
            "2",
            "--memory",
            "2g",
            "--webui-port",
            "0",
            "--work-dir",
            tmp.resolve("work").toString(),
            masterUrl));
  }

  @AfterAll
  void stopCluster() throws InterruptedException {
    for (Process p : daemons) {
      p.destroy();
    }
    for (Process p : daemons) {
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
  }

  @Test
  void submittedJobOnTwoExecutorJvmsWritesTheSameTablesAsAnEmbeddedRun() throws Exception {
    Path corpus = tmp.resolve("corpus");
    SampleCorpusGenerator.generate(
        new GeneratorConfig(600, 11L, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 31)), corpus);
    List<String> job =
        List.of(
            "run",
            "--corpus",
            corpus.resolve("documents.jsonl").toString(),
            "--sources",
            corpus.resolve("sources.csv").toString(),
            "--frames",
            Repository.lexicon().toString(),
            "--partitions",
            "3");

    Path clusterOut = tmp.resolve("cluster-out");
    List<String> submit = new ArrayList<>(java("submit", "org.apache.spark.deploy.SparkSubmit"));
    submit.addAll(
        List.of(
            "--master",
            masterUrl,
            "--deploy-mode",
            "client",
            "--class",
            "org.narrascope.cli.Narrascope",
            "--conf",
            "spark.driver.host=127.0.0.1",
            "--conf",
            "spark.driver.bindAddress=127.0.0.1",
            "--conf",
            "spark.ui.enabled=false",
            "--conf",
            "spark.executor.memory=1g",
            "--conf",
            "spark.executor.cores=1",
            clusterJar().toString()));
    submit.addAll(job);
    submit.addAll(List.of("--out", clusterOut.toString()));
    Process p = start("submit", submit);
    assertThat(p.waitFor(Duration.ofMinutes(6).toSeconds(), TimeUnit.SECONDS))
        .as("job finished")
        .isTrue();
    assertThat(p.exitValue()).as("exit code, see " + tmp.resolve("submit.log")).isZero();
    String log = Files.readString(tmp.resolve("submit.log"));

    Path localOut = tmp.resolve("local-out");
    List<String> local = new ArrayList<>(job);
    local.addAll(List.of("--out", localOut.toString(), "--master", "local[2]"));
    assertThat(Narrascope.execute(local.toArray(String[]::new))).isZero();

    for (String table : PipelineIT.TABLES) {
      assertThat(Files.readAllBytes(clusterOut.resolve(table)))
          .as(table)
          .isEqualTo(Files.readAllBytes(localOut.resolve(table)));
    }
    assertThat(Files.readString(clusterOut.resolve("manifest.json"))).contains(masterUrl);
    // The work ran in executor JVMs started by the worker, not in the driver.
    try (Stream<Path> apps = Files.list(tmp.resolve("work"))) {
      assertThat(apps.toList()).as("application folders in the worker, log:\n" + log).isNotEmpty();
    }
  }

  private static Path clusterJar() throws IOException {
    try (Stream<Path> jars = Files.list(Path.of("target"))) {
      return jars.filter(j -> j.getFileName().toString().endsWith("-cluster.jar"))
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "the cluster jar is built in `package`, before this test"))
          .toAbsolutePath();
    }
  }

  private List<String> java(String name, String mainClass, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    cmd.addAll(
        List.of(System.getProperty("narrascope.spark.jvm.flags", "").split(" ")).stream()
            .filter(s -> !s.isBlank())
            .toList());
    cmd.add("-cp");
    cmd.add(name.equals("submit") ? classpathWithoutNarrascope() : classpath);
    cmd.add(mainClass);
    cmd.addAll(List.of(args));
    return cmd;
  }

  /**
   * The driver gets Narrascope from the submitted jar, as on a cluster, not from the test class
   * path.
   */
  private String classpathWithoutNarrascope() {
    List<String> keep = new ArrayList<>();
    for (String entry : classpath.split(File.pathSeparator)) {
      if (!entry.contains("narrascope")
          && !entry.endsWith("classes")
          && !entry.endsWith("test-classes")) {
        keep.add(entry);
      }
    }
    return String.join(File.pathSeparator, keep);
  }

  private Process daemon(String name, String mainClass, String... args) throws IOException {
    Process p = start(name, java(name, mainClass, args));
    return p;
  }

  private Process start(String name, List<String> command) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("SPARK_HOME", sparkHome.toString());
    pb.environment().put("SPARK_SCALA_VERSION", "2.13");
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().put("SPARK_MASTER_OPTS", "-Dspark.master.rest.enabled=false");
    pb.redirectErrorStream(true);
    pb.redirectOutput(tmp.resolve(name + ".log").toFile());
    return pb.start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
