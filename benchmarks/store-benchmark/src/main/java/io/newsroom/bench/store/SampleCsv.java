package io.newsroom.bench.store;

import io.newsroom.bench.store.Sample.GroupView;
import io.newsroom.bench.store.Sample.HealthProbe;

import java.util.Locale;
import java.util.stream.Collectors;

/** One line per sample for samples.csv (to plot or grep afterwards), and the progress line printed every 10 s. */
final class SampleCsv {

    static final String HEADER = "seconds,enrich_live,enrich_ready,store_live,store_ready,enrich_group,enrich_members,"
            + "enrich_assigned,store_group,store_members,store_assigned,raw_committed,enriched,stored,count_seconds,load1";

    private SampleCsv() {
    }

    static String line(Sample s) {
        return String.format(Locale.ROOT, "%.1f,%s,%s,%s,%d,%d,%d,%.3f,%.2f", s.seconds(),
                s.probes().stream().map(p -> Integer.toString(p.status())).collect(Collectors.joining(",")),
                group(s.enrichGroup()), group(s.storeGroup()), s.rawCommitted(), s.enriched(), s.stored(),
                s.countSeconds(), s.load1());
    }

    private static String group(GroupView g) {
        return g.state() + "," + g.members() + "," + g.assignedPartitions();
    }

    static String progress(Sample s) {
        String unhealthy = s.probes().stream().filter(p -> !p.ok())
                .map(p -> p.service() + p.path().substring(p.path().lastIndexOf('/')) + "=" + p.status())
                .collect(Collectors.joining(" "));
        return String.format(Locale.ROOT, "%4.0f s: raw committed %,d, enriched %,d, stored %,d; groups %s/%d %s/%d; load %.1f%s",
                s.seconds(), s.rawCommitted(), s.enriched(), s.stored(), s.enrichGroup().state(), s.enrichGroup().members(),
                s.storeGroup().state(), s.storeGroup().members(), s.load1(),
                unhealthy.isEmpty() ? "" : "; not 200: " + unhealthy);
    }
}
