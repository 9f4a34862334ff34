// Run: java -cp spring-security-crypto-7.1.2.jar:bcprov-jdk18on-1.78.1.jar:spring-core.jar:jspecify-1.0.0.jar HashCpu.java
// CPU of one password check per encoder (docs/performance.md, "Login wave"); BouncyCastle only for argon2id.
import java.lang.management.ManagementFactory;
import java.util.*;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

public class HashCpu {
    public static void main(String[] a) {
        var t = ManagementFactory.getThreadMXBean();
        Map<String, PasswordEncoder> encoders = new LinkedHashMap<>();
        encoders.put("bcrypt cost 10", new BCryptPasswordEncoder(10));
        encoders.put("bcrypt cost 11", new BCryptPasswordEncoder(11));
        encoders.put("bcrypt cost 12", new BCryptPasswordEncoder(12));
        // Spring's defaults_v5_8: m=19 MiB, t=2, p=1 (OWASP's minimum for argon2id)
        encoders.put("argon2id m=19MiB t=2 p=1 (Spring 5.8 default, OWASP min)", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("argon2id m=46MiB t=1 p=1 (OWASP)", new Argon2PasswordEncoder(16, 32, 1, 47104, 1));
        encoders.put("argon2id m=64MiB t=3 p=1 (RFC 9106 second choice)", new Argon2PasswordEncoder(16, 32, 1, 65536, 3));
        for (var e : encoders.entrySet()) {
            String h = e.getValue().encode("staff-clientele");
            for (int i = 0; i < 2; i++) e.getValue().matches("staff-clientele", h);
            List<Double> cpu = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                long c0 = t.getCurrentThreadCpuTime();
                e.getValue().matches("staff-clientele", h);
                cpu.add((t.getCurrentThreadCpuTime() - c0) / 1e6);
            }
            Collections.sort(cpu);
            System.out.printf(Locale.ROOT, "%-60s median %.0f ms CPU (min %.0f, max %.0f)%n", e.getKey(), cpu.get(4), cpu.get(0), cpu.get(8));
        }
    }
}
