using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Quartz;
using Training.Identity;

namespace Training.Application.Tests.Identity;

/// <summary>The nightly clean-up keeps the sign-ins that can still be used and forgets the rest.</summary>
public sealed class SignInSessionCleanup_Tests : IDisposable
{
    private readonly TrainingTestServices _services = new(TestDatabase.SqliteInMemory());

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task Ended_Expired_And_Stale_Sign_Ins_Are_Forgotten_And_Live_Ones_Kept()
    {
        var now = new DateTimeOffset(2026, 12, 2, 19, 0, 0, TimeSpan.Zero);
        await _services.SignInAsAsync("reviewer@demo.local");
        var userId = _services.CurrentUser.Id!.Value;
        var ids = new Dictionary<string, Guid>();
        await using (var scope = _services.CreateScope())
        {
            var sessions = scope.ServiceProvider.GetRequiredService<ISignInSessionRepository>();
            async Task AddAsync(string name, DateTimeOffset started, DateTimeOffset? tokenExpires, bool ended)
            {
                var session = new SignInSession(Guid.CreateVersion7(), userId, started);
                await sessions.InsertAsync(session, tokenExpires is { } expires ? new RefreshToken(Guid.CreateVersion7(), session.Id, userId, expires) : null);
                if (ended)
                {
                    await sessions.EndAsync(session.Id, started.AddHours(1));
                }

                ids[name] = session.Id;
            }

            await AddAsync("live api client", now.AddDays(-40), now.AddDays(5), ended: false);
            await AddAsync("browser today", now.AddHours(-2), null, ended: false);
            await AddAsync("logged out", now.AddDays(-3), now.AddDays(10), ended: true);
            await AddAsync("expired token", now.AddDays(-20), now.AddDays(-1), ended: false);
            await AddAsync("old browser", now.AddDays(-40), null, ended: false);
        }

        await using (var scope = _services.CreateScope())
        {
            await new SignInSessionCleanupQuartzJob(scope.ServiceProvider.GetRequiredService<ISignInSessionRepository>(), new FakeTimeProvider(now))
                .Execute(Mock.Of<IJobExecutionContext>(), CancellationToken.None);
        }

        await using var read = _services.CreateScope();
        var repository = read.ServiceProvider.GetRequiredService<ISignInSessionRepository>();
        (await repository.GetStateAsync(ids["live api client"])).ShouldNotBeNull();
        (await repository.GetStateAsync(ids["browser today"])).ShouldNotBeNull();
        (await repository.GetStateAsync(ids["expired token"])).ShouldNotBeNull();
        (await repository.GetStateAsync(ids["logged out"])).ShouldBeNull();
        (await repository.GetStateAsync(ids["old browser"])).ShouldBeNull();
        var db = read.ServiceProvider.GetRequiredService<Training.EntityFrameworkCore.TrainingDbContext>();
        db.Set<RefreshToken>().Select(t => t.FamilyId).ToList().ShouldBe([ids["live api client"]]);
    }
}
