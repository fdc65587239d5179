package org.probation.analytics.load;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * What the app process is doing, read over JMX on loopback: heap in use after full collections,
 * the process's CPU time, the HTTP sessions Tomcat holds; and a class histogram of its heap (the
 * JDK's {@code jcmd}) to see what the held sessions are made of.
 */
final class AppProbe implements AutoCloseable {

    private final JMXConnector connector;
    private final MBeanServerConnection server;
    private final long pid;

    AppProbe(int jmxPort, long pid) throws IOException {
        this.connector = JMXConnectorFactory.connect(
                new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi"));
        this.server = connector.getMBeanServerConnection();
        this.pid = pid;
    }

    /** Heap in use once three full collections have settled, in bytes. */
    long heapUsedAfterGc() throws Exception {
        MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(
                server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
        for (int i = 0; i < 3; i++) {
            memory.gc();
            Thread.sleep(300);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    long cpuNanos() throws IOException {
        return ManagementFactory.newPlatformMXBeanProxy(
                        server, ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME, OperatingSystemMXBean.class)
                .getProcessCpuTime();
    }

    /** The HTTP sessions Tomcat holds (its session manager's {@code activeSessions}). */
    int sessions() throws Exception {
        Set<ObjectName> managers = server.queryNames(new ObjectName("*:type=Manager,*"), null);
        int sessions = 0;
        for (ObjectName manager : managers) {
            sessions += ((Number) server.getAttribute(manager, "activeSessions")).intValue();
        }
        return sessions;
    }

    /** The {@code top} classes by bytes held, as jcmd's GC.class_histogram prints them (after a full GC). */
    List<String> histogram(int top) throws Exception {
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(pid),
                        "GC.class_histogram")
                .redirectErrorStream(true)
                .start();
        List<String> lines = new ArrayList<>();
        try (var reader = jcmd.inputReader()) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.matches("\\s*\\d+:.*") && lines.size() < top) {
                    lines.add(line.trim().replaceAll("\\s+", " "));
                }
            }
        }
        jcmd.waitFor();
        return lines;
    }

    @Override
    public void close() throws IOException {
        connector.close();
    }
}
