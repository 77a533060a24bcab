package io.newsroom.bench.pipeline;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** CPU per process is read from /proc/<pid>/stat: user, system and reaped children's time, whatever the command name. */
class ProcessCpuTest {

    @Test
    void shouldAddUserSystemAndReapedChildrenTicks() {
        // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
        String stat = "4242 (postgres) S 1 4242 4242 0 -1 4194560 900 1200 0 0 150 30 400 20 20 0 1 0 12345 1000 100";

        assertThat(ProcessCpu.ticksOf(stat)).isEqualTo(150 + 30 + 400 + 20);
    }

    @Test
    void shouldCountFieldsAfterACommandNameWithSpacesAndParentheses() {
        String stat = "77 (java (main) x) R 1 77 77 0 -1 0 0 0 0 0 7 3 0 0 20 0 40 0 99 0 0";

        assertThat(ProcessCpu.ticksOf(stat)).isEqualTo(10);
    }

    @Test
    void shouldReadThisProcessFromProc() {
        long pid = ProcessHandle.current().pid();

        assertThat(ProcessCpu.treeNanos(pid)).isPositive();
    }

    @Test
    void shouldCountAProcessNamedTwiceOnce() throws Exception {
        // A busy child, then stopped (SIGSTOP) so its CPU time stands still while it is read.
        Process busy = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
        try {
            Thread.sleep(300);
            new ProcessBuilder("kill", "-STOP", Long.toString(busy.pid())).start().waitFor(5, TimeUnit.SECONDS);
            Thread.sleep(100);
            long once = ProcessCpu.treeNanos(busy.pid());

            assertThat(once).isPositive();
            assertThat(ProcessCpu.treeNanos(List.of(busy.pid(), busy.pid()))).isEqualTo(once);
        } finally {
            busy.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void shouldCountOnlyTheJitCompilerThreadsOfAJvm() throws Exception {
        long sum = 0;
        for (int i = 0; i < 2_000_000; i++) {   // work for the compilers to pick up
            sum += Long.toString(i).hashCode();
        }
        long pid = ProcessHandle.current().pid();

        assertThat(ProcessCpu.jitNanos(pid)).as("checksum " + sum).isPositive().isLessThan(ProcessCpu.treeNanos(pid));
        Process shell = new ProcessBuilder("sh", "-c", "sleep 5").start();
        try {
            assertThat(ProcessCpu.jitNanos(shell.pid())).as("not a JVM").isZero();
        } finally {
            shell.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void shouldAddAThreadsUserAndSystemTicks() {
        String stat = "4243 (C2 CompilerThre) S 1 4242 4242 0 -1 4194560 0 0 0 0 250 12 0 0 20 0 1 0 12345 0 0";

        assertThat(ProcessCpu.threadTicksOf(stat)).isEqualTo(262);
    }
}
