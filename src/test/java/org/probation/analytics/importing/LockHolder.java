package org.probation.analytics.importing;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Another node, as SharedImportsTest starts it: holds the imports lock file for a while, then lets go. */
public final class LockHolder {

    private LockHolder() {}

    /** @param args the lock file and the milliseconds to hold it; prints "held" once it holds it */
    public static void main(String[] args) throws Exception {
        try (FileChannel channel =
                        FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                var lock = channel.lock()) {
            System.out.println("held");
            System.out.flush();
            Thread.sleep(Long.parseLong(args[1]));
        }
    }
}
