package dev.portico.adapters.quotefeed.simulated;

/** A point of a trading session, as natural logarithms of prices: the last price and the extremes so far. */
record Tick(double logPrice, double logHigh, double logLow) {
}
