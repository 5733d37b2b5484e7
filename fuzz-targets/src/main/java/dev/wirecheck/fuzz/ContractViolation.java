package dev.wirecheck.fuzz;

/** A fuzz target's own check failed: the parser returned, but what it returned breaks its contract. */
public final class ContractViolation extends RuntimeException {
    public ContractViolation(String message) {
        super(message);
    }
}
