using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Training.Identity;

namespace Training.Rosters;

/// <summary>Runs one queued roster import on whichever node's scheduler fires it, acting for the user who queued it.</summary>
[DisallowConcurrentExecution]
public sealed class StaffImportQuartzJob(IServiceScopeFactory scopes) : IJob
{
    public const string Group = "staff-import";
    public const string JobIdKey = "jobId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var jobId = Guid.Parse(context.MergedJobDataMap.GetString(JobIdKey)!);
        await using var scope = scopes.CreateAsyncScope();
        var job = await scope.ServiceProvider.GetRequiredService<IStaffImportJobRepository>().FindAsync(jobId, cancellationToken);
        if (job is null)
        {
            return;
        }

        var user = await scope.ServiceProvider.GetRequiredService<UserManager<TrainingUser>>().FindByIdAsync(job.RequestedBy.ToString());
        scope.ServiceProvider.GetRequiredService<ICurrentUserSetter>().ActAs(job.RequestedBy, user?.UserName);
        if (job.Culture.Length > 0)
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(job.Culture);
        }

        try
        {
            await scope.ServiceProvider.GetRequiredService<IStaffImportJobAppService>().RunAsync(jobId, cancellationToken);
        }
        catch (TrainingException e) when (e.Kind == TrainingErrorKind.Forbidden)
        {
            // The user lost the right to import after queuing: the job fails with the reason instead of waiting for ever.
            job.Fail(e.Code, scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow());
            await scope.ServiceProvider.GetRequiredService<ITrainingUnitOfWork>().SaveChangesAsync(cancellationToken);
        }
    }
}
