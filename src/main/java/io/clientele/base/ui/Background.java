package io.clientele.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs slow work (a report over the whole book) off the UI thread, as the user who started it, and hands the result
 * back to the UI. While anything runs for a UI, the browser polls for the answer; the UI stays responsive.
 */
@Component
public class Background {

    private static final Logger log = LoggerFactory.getLogger(Background.class);
    private static final int POLL_MILLIS = 300;

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    /**
     * Starts {@code work} with the caller's security context; {@code done} or {@code failed} then run in
     * {@code ui}'s session lock. Called from the UI thread.
     */
    public <T> Future<?> run(UI ui, Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
        started(ui);
        Runnable task = () -> {
            try {
                T result = work.get();
                ui.access(() -> {
                    finished(ui);
                    done.accept(result);
                });
            } catch (RuntimeException e) {
                log.warn("Background work failed: {}", e.toString());
                ui.access(() -> {
                    finished(ui);
                    failed.accept(e);
                });
            }
        };
        return executor.submit(new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext()));
    }

    private static void started(UI ui) {
        int running = running(ui) + 1;
        ComponentUtil.setData(ui, RunningTasks.class, new RunningTasks(running));
        ui.setPollInterval(POLL_MILLIS);
    }

    private static void finished(UI ui) {
        int running = Math.max(0, running(ui) - 1);
        ComponentUtil.setData(ui, RunningTasks.class, new RunningTasks(running));
        if (running == 0) {
            ui.setPollInterval(-1);
        }
    }

    private static int running(UI ui) {
        RunningTasks tasks = ComponentUtil.getData(ui, RunningTasks.class);
        return tasks == null ? 0 : tasks.count();
    }

    private record RunningTasks(int count) {}

    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
    }
}
