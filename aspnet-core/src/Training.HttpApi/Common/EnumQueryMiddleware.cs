using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace Training.Common;

/// <summary>
/// Query parameters bound to an enum accept only the enum's names, in any case: minimal APIs would take "99" or "1" as a
/// value and refuse "reporter" for <c>Reporter</c>. Runs after routing, before binding: a name is rewritten to the enum's own
/// spelling, anything else is a 400 that names the parameter.
/// </summary>
public sealed class EnumQueryMiddleware(RequestDelegate next)
{
    private static readonly ConcurrentDictionary<MethodInfo, (string Name, Type Type)[]> EnumsOf = new();

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>() is { } handler && context.Request.Query.Count > 0
            && EnumsOf.GetOrAdd(handler, Find) is { Length: > 0 } enums)
        {
            var query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value, StringComparer.OrdinalIgnoreCase);
            var errors = new Dictionary<string, List<string>>();
            foreach (var (name, type) in enums)
            {
                if (!query.TryGetValue(name, out var values))
                {
                    continue;
                }

                var names = values.Select(v => Enum.GetNames(type).FirstOrDefault(n => n.Equals(v, StringComparison.OrdinalIgnoreCase))).ToArray();
                if (names.Any(n => n is null))
                {
                    errors[JsonNamingPolicy.CamelCase.ConvertName(name)] = [context.RequestServices.GetRequiredService<TrainingProblems>().EnumMessage(type)];
                }
                else
                {
                    query[name] = new StringValues(names);
                }
            }

            if (errors.Count > 0)
            {
                await context.RequestServices.GetRequiredService<TrainingProblems>().ValidationProblem(errors).ExecuteAsync(context);
                return;
            }

            context.Request.QueryString = QueryString.Create(query);
        }

        await next(context);
    }

    /// <summary>The handler's enum parameters, and the enum properties of its <c>[AsParameters]</c> objects.</summary>
    private static (string Name, Type Type)[] Find(MethodInfo handler) =>
        handler.GetParameters()
            .SelectMany(p => p.GetCustomAttribute<AsParametersAttribute>() is not null
                ? p.ParameterType.GetProperties().Select(q => (q.Name, q.PropertyType))
                : [(p.Name!, p.ParameterType)])
            .Select(p => (p.Item1, Nullable.GetUnderlyingType(p.Item2) ?? p.Item2))
            .Where(p => p.Item2.IsEnum)
            .ToArray();
}
