package org.tsag.tracker.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The group of client addresses that sign-in throttling counts together: an IPv4 address on its
 * own, an IPv6 address by its /64 network (one subscriber usually holds a whole /64, so counting
 * single IPv6 addresses would let one attacker rotate through billions of them).
 */
final class ClientAddress {

    static final int MAX_LENGTH = 64;
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private ClientAddress() {
    }

    static String group(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return "unknown";
        }
        String literal = remoteAddress.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        int scope = literal.indexOf('%');
        if (scope >= 0) {
            literal = literal.substring(0, scope);
        }
        // only literals are parsed, so that InetAddress never looks a name up
        if (!LITERAL.matcher(literal).matches()) {
            return truncate(literal);
        }
        try {
            InetAddress address = InetAddress.getByName(literal);
            if (address instanceof Inet6Address) {
                byte[] network = Arrays.copyOf(address.getAddress(), 16);
                Arrays.fill(network, 8, 16, (byte) 0);
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            }
            return address.getHostAddress();
        } catch (UnknownHostException e) {
            return truncate(literal);
        }
    }

    private static String truncate(String value) {
        return value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH);
    }
}
