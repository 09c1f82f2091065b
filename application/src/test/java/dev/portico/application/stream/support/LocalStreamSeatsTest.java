package dev.portico.application.stream.support;

import dev.portico.application.stream.port.StreamSeatsContract;

class LocalStreamSeatsTest extends StreamSeatsContract<LocalStreamSeats> {

    @Override
    protected LocalStreamSeats newSeats() {
        return new LocalStreamSeats();
    }
}
