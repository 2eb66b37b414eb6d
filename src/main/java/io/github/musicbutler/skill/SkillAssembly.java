package io.github.musicbutler.skill;

import java.util.List;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.amazon.ask.Skill;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;

import io.quarkus.arc.All;

/**
 * Builds the ASK skill from every handler and interceptor bean: adding a feature means adding a bean, never
 * editing a list. {@code @All} lists come sorted by {@code @Priority}, highest first (see {@link HandlerPriority}).
 * <p>
 * {@code new CustomSkillBuilder()} is what {@code Skills.custom()} returns; {@code Skills} itself ships in the
 * aggregate {@code ask-sdk} artifact, which would bring the DynamoDB and Apache HTTP client modules along.
 */
@Singleton
public class SkillAssembly {

    @Produces
    @Singleton
    Skill skill(@All List<RequestHandler> requestHandlers,
            @All List<ExceptionHandler> exceptionHandlers,
            @All List<RequestInterceptor> requestInterceptors,
            @All List<ResponseInterceptor> responseInterceptors) {
        CustomSkillBuilder builder = new CustomSkillBuilder();
        requestHandlers.forEach(builder::addRequestHandler);
        exceptionHandlers.forEach(builder::addExceptionHandler);
        requestInterceptors.forEach(builder::addRequestInterceptor);
        responseInterceptors.forEach(builder::addResponseInterceptor);
        return builder.build();
    }
}
