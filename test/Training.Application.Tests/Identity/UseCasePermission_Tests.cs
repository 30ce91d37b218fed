using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Training.Common;
using Training.Identity;

namespace Training.Application.Tests.Identity;

/// <summary>
/// The inner layer of authorization: whatever reaches a use case (a page, the API, a Quartz job acting for a user) meets its
/// permission check before anything else happens. Routes' RequireAuthorization and the HTTP matrix stay as the outer layer.
/// </summary>
public class UseCasePermission_Tests(UseCasePermission_Tests.Database database) : IClassFixture<UseCasePermission_Tests.Database>
{
    private readonly TrainingTestServices _services = database.Services;

    public static TheoryData<string> UseCases()
    {
        var data = new TheoryData<string>();
        foreach (var method in AppServiceMethods())
        {
            data.Add($"{method.DeclaringType!.Name}.{method.Name}({string.Join(",", method.GetParameters().Select(p => p.ParameterType.Name))})");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(UseCases))]
    public async Task A_Signed_In_User_Without_The_Permission_Is_Refused_Before_Anything_Happens(string useCase)
    {
        var method = AppServiceMethods().Single(m =>
            $"{m.DeclaringType!.Name}.{m.Name}({string.Join(",", m.GetParameters().Select(p => p.ParameterType.Name))})" == useCase);
        await SignInWithoutRolesAsync();
        await using var scope = _services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService(method.DeclaringType!);

        var error = await Should.ThrowAsync<TrainingException>(async () =>
            await (Task)method.Invoke(service, method.GetParameters().Select(DefaultArgument).ToArray())!);

        error.Kind.ShouldBe(TrainingErrorKind.Forbidden);
        error.Code.ShouldBe(TrainingErrorCodes.Forbidden);
    }

    /// <summary>Every method of every application-service interface in Contracts, except those marked open to anyone.</summary>
    private static IEnumerable<MethodInfo> AppServiceMethods() =>
        typeof(Training.Rosters.IStaffMemberAppService).Assembly.GetTypes()
            .Where(t => t.IsInterface && t.Name.EndsWith("AppService", StringComparison.Ordinal))
            .OrderBy(t => t.Name)
            .SelectMany(t => t.GetMethods())
            .Where(m => m.GetCustomAttribute<OpenToAnyoneAttribute>() is null);

    private static object? DefaultArgument(ParameterInfo parameter) => parameter.ParameterType switch
    {
        { } t when t == typeof(CancellationToken) => CancellationToken.None,
        { } t when t == typeof(string) => string.Empty,
        { } t when t == typeof(Stream) => new MemoryStream(),
        { IsValueType: true } t => Activator.CreateInstance(t),
        _ => null,
    };

    private async Task SignInWithoutRolesAsync()
    {
        await using var scope = _services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrainingUser>>();
        var user = await users.FindByNameAsync(NoRoles);
        if (user is null)
        {
            user = new TrainingUser(Guid.CreateVersion7(), NoRoles, null, "Không có vai trò");
            (await users.CreateAsync(user, "Khong@12345")).Succeeded.ShouldBeTrue();
        }

        _services.CurrentUser.ActAs(user.Id, user.UserName);
    }

    private const string NoRoles = "no-roles@demo.local";

    /// <summary>One seeded database for every use case of the theory.</summary>
    public sealed class Database : IDisposable
    {
        public TrainingTestServices Services { get; } = new(TestDatabase.SqliteInMemory());

        public void Dispose() => Services.Dispose();
    }
}
