package fr.passerelle.shared;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** Runs the rooms' start-up tasks in order; {@code /health} reports ready once they are done. */
@Singleton
public class Bootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(Bootstrap.class);

    private final List<StartupTask> tasks;
    private final AtomicBoolean ready = new AtomicBoolean();

    public Bootstrap(List<StartupTask> tasks) {
        this.tasks = tasks.stream().sorted(Comparator.comparingInt(StartupTask::order)).toList();
    }

    @EventListener
    void onStartup(StartupEvent event) {
        for (StartupTask task : tasks) {
            long started = System.nanoTime();
            task.run();
            LOG.info("Start-up task {} done in {} ms", task.getClass().getSimpleName().replaceAll("^\\$|\\$Definition.*$", ""),
                    (System.nanoTime() - started) / 1_000_000);
        }
        ready.set(true);
    }

    public boolean isReady() {
        return ready.get();
    }
}
