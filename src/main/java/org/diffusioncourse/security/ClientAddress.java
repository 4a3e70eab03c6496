package org.diffusioncourse.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a request comes from, as the throttles count it: the IPv4 address, or the /64 network
 * of an IPv6 address (one household or host is usually given a whole /64, so counting single
 * IPv6 addresses would let it change address per attempt).
 *
 * <p>The address is the servlet container's remote address. That is the TCP peer unless the
 * site is configured to trust a reverse proxy ({@code server.forward-headers-strategy=native},
 * see the README): only then does Tomcat take the client from {@code X-Forwarded-For}, and only
 * from the proxies it trusts. A header a client sends itself names nothing here.
 */
public record ClientAddress(String value) {

    /** Requests whose address is unknown (none outside tests) share one bucket. */
    public static final ClientAddress UNKNOWN = new ClientAddress("unknown");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final int MAX_LENGTH = 64;

    public static ClientAddress of(@Nullable String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return UNKNOWN;
        }
        String address = remoteAddress.strip();
        if (IPV4.matcher(address).matches()) {
            return new ClientAddress(address);
        }
        if (address.indexOf(':') >= 0) {
            try {
                // A literal with a colon is parsed as IPv6, never looked up by name.
                InetAddress parsed = InetAddress.getByName(address);
                if (parsed instanceof Inet6Address) {
                    byte[] bytes = parsed.getAddress();
                    return new ClientAddress(HexFormat.of().formatHex(bytes, 0, 8) + "::/64");
                }
                return new ClientAddress(parsed.getHostAddress());
            } catch (UnknownHostException notAnAddress) {
                // Fall through: counted by its text.
            }
        }
        String text = address.toLowerCase(Locale.ROOT);
        return new ClientAddress(text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text);
    }

    @Override
    public String toString() {
        return value;
    }
}
