package dev.portico.domain.archfixture;

import dev.portico.application.archfixture.UseCaseUsingJdbi;

/** Deliberately broken: a domain class that depends on the application layer around it. */
public final class DomainClassCallingAUseCase {

    public int run(UseCaseUsingJdbi useCase) {
        return useCase.count();
    }
}
