package dev.portico.adapters.quotefeed.simulated;

/** A point of a trading session, in cents: the last trade and the extremes of the trades so far. */
record Tick(long price, long high, long low) {
}
