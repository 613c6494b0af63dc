package fr.passerelle.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs a query list with N concurrent clients and measures each call's latency. */
final class LoadRunner {

    interface Target {
        void execute(BenchQuery query) throws Exception;
    }

    record Result(String target, int requests, int errors, double p50, double p95, double p99, double throughput) {

        String markdownRow() {
            return String.format("| %s | %d | %d | %.1f | %.1f | %.1f | %.0f |", target, requests, errors, p50, p95,
                    p99, throughput);
        }
    }

    private LoadRunner() {
    }

    static Result run(String name, int concurrency, List<BenchQuery> queries, Target target) throws Exception {
        long[] latencies = new long[queries.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            workers.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < queries.size()) {
                    long t0 = System.nanoTime();
                    try {
                        target.execute(queries.get(i));
                    } catch (Exception e) {
                        if (errors.getAndIncrement() < 3) {
                            System.err.println(name + ": " + queries.get(i) + " failed: " + e);
                        }
                    }
                    latencies[i] = System.nanoTime() - t0;
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        return new Result(name, queries.size(), errors.get(), percentile(latencies, 50), percentile(latencies, 95),
                percentile(latencies, 99), queries.size() / seconds);
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }
}
