using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Training.Common;

/// <summary>
/// Checks every request object of the API (bodies and <c>[AsParameters]</c> queries) against its data annotations, and
/// that every enum value is a defined one, down through nested objects and lists. A failure is a 400 validation problem
/// whose <c>errors</c> are keyed by camelCase JSON paths (<c>completionRule.minAttendancePercent</c>, <c>options[2].text</c>)
/// with messages in the request's language.
/// </summary>
public sealed class ValidationFilter : IEndpointFilter
{
    private const int MaxDepth = 8;

    /// <summary>What to check of each property, worked out once (NullabilityInfoContext is not thread-safe: one per miss).</summary>
    private static readonly ConcurrentDictionary<Type, PropertyRule[]> Rules = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = new Dictionary<string, List<string>>();
        var problems = context.HttpContext.RequestServices.GetRequiredService<TrainingProblems>();
        foreach (var argument in context.Arguments)
        {
            if (argument is not null && IsRequestObject(argument.GetType()))
            {
                Validate(argument, string.Empty, errors, problems, 0);
            }
        }

        return errors.Count == 0 ? await next(context) : problems.ValidationProblem(errors);
    }

    /// <summary>The API's own request types (the contracts' DTOs and this project's requests), not the services a handler takes.</summary>
    private static bool IsRequestObject(Type type) =>
        type.IsClass && (type.Assembly == typeof(PagedInput).Assembly || type.Assembly == typeof(ValidationFilter).Assembly);

    private static void Validate(object instance, string prefix, Dictionary<string, List<string>> errors, TrainingProblems problems, int depth)
    {
        foreach (var rule in Rules.GetOrAdd(instance.GetType(), RulesOf))
        {
            var name = prefix + rule.JsonName;
            var value = rule.Property.GetValue(instance);

            // "items": null where the type says a list is always there: missing, not a crash further down.
            if (value is null && rule.NotNull)
            {
                Add(errors, name, problems.Message("Validation:FieldRequired"));
                continue;
            }

            foreach (var attribute in rule.Attributes.Where(a => !a.IsValid(value)))
            {
                Add(errors, name, problems.ValidationMessage(attribute));
            }

            Check(value, name, errors, problems, depth);
        }
    }

    private static PropertyRule[] RulesOf(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Select(p => new PropertyRule(p, JsonNamingPolicy.CamelCase.ConvertName(p.Name),
                !p.PropertyType.IsValueType && new NullabilityInfoContext().Create(p).ReadState == NullabilityState.NotNull,
                AttributesOf(p).ToArray()))
            .ToArray();

    /// <summary>A property's annotations, and for a record's positional property those of its constructor parameter (where
    /// MVC wants them, so that pages bind the same types).</summary>
    private static IEnumerable<ValidationAttribute> AttributesOf(PropertyInfo property) =>
        property.GetCustomAttributes<ValidationAttribute>(inherit: true).Concat(
            property.DeclaringType!.GetConstructors().SelectMany(c => c.GetParameters())
                .Where(p => p.Name == property.Name && p.ParameterType == property.PropertyType)
                .SelectMany(p => p.GetCustomAttributes<ValidationAttribute>()));

    private static void Check(object? value, string name, Dictionary<string, List<string>> errors, TrainingProblems problems, int depth)
    {
        switch (value)
        {
            case Enum e when !Enum.IsDefined(e.GetType(), e):
                Add(errors, name, problems.EnumMessage(e.GetType()));
                break;
            case string:
                break;
            case IEnumerable items when depth < MaxDepth:
                var index = 0;
                foreach (var item in items)
                {
                    Check(item, $"{name}[{index++}]", errors, problems, depth + 1);
                }

                break;
            case not null when depth < MaxDepth && IsRequestObject(value.GetType()):
                Validate(value, name + ".", errors, problems, depth + 1);
                break;
        }
    }

    private sealed record PropertyRule(PropertyInfo Property, string JsonName, bool NotNull, ValidationAttribute[] Attributes);

    private static void Add(Dictionary<string, List<string>> errors, string name, string message)
    {
        if (!errors.TryGetValue(name, out var messages))
        {
            errors[name] = messages = [];
        }

        messages.Add(message);
    }
}

public static class ValidationFilterExtensions
{
    /// <summary>Says in the API description that the route answers 400 with field errors; <see cref="ValidationFilter"/> checks every route.</summary>
    public static RouteHandlerBuilder Validate<T>(this RouteHandlerBuilder builder) where T : class => builder.ProducesValidationProblem();
}
