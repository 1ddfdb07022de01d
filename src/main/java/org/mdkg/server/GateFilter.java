package org.mdkg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mdkg.store.StoreGate;

/**
 * Every request holds the store's gate shared while it is served (the answer streams inside it), so an online
 * compaction ({@code POST /compact}, which takes the gate alone) starts with no transaction open. Liveness and the
 * compaction itself do not touch the gate.
 */
final class GateFilter extends HttpFilter {
    private final StoreGate gate;

    GateFilter(StoreGate gate) {
        this.gate = gate;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if ("/compact".equals(path) || "/api/health/live".equals(path)) {
            chain.doFilter(req, resp);
            return;
        }
        gate.enter();
        try {
            chain.doFilter(req, resp);
        } finally {
            gate.leave();
        }
    }
}
