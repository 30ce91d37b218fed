using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Quartz;
using Training.Identity;
using Training.Localization;
using Training.Permissions;
using Training.Timing;

namespace Training.Rosters;

public sealed class StaffImportJobAppService(
    IPermissionChecker permissions,
    IStaffImportJobRepository jobs,
    IStaffWorkbookAppService workbooks,
    ICurrentUser currentUser,
    ITrainingUnitOfWork unitOfWork,
    ISchedulerFactory schedulers,
    IServiceScopeFactory scopes,
    IStringLocalizer<TrainingResource> localizer,
    TimeProvider clock) : IStaffImportJobAppService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<Guid> QueueAsync(string fileName, Stream file, DateOnly? asOf, bool dryRun, StaffImportMode mode, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Rosters.Import, cancellationToken);
        using var content = new MemoryStream();
        await file.CopyToAsync(content, cancellationToken);
        if (content.Length > StaffMemberConsts.MaxImportFileBytes)
        {
            throw new TrainingException(TrainingErrorCodes.ImportFileTooLarge);
        }

        var job = new StaffImportJob(Guid.CreateVersion7(), RequiredUser(), System.Globalization.CultureInfo.CurrentUICulture.Name, fileName, content.ToArray(), asOf ?? BusinessClock.Today(clock), dryRun, mode,
            clock.GetUtcNow());
        return await ScheduleAsync(job, cancellationToken);
    }

    public async Task<StaffImportJobDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Rosters.Import, cancellationToken);
        var job = await GetOwnAsync(id, cancellationToken);
        return new StaffImportJobDto(job.Id, job.FileName, job.AsOf, job.DryRun, job.Mode, job.Status, job.RowsRead,
            job.Result is null ? null : JsonSerializer.Deserialize<StaffImportResultDto>(job.Result, Json),
            job.ErrorCode, job.ErrorCode is null ? null : localizer[job.ErrorCode, StaffMemberConsts.MaxImportRows].Value,
            job.CreatedAt, job.FinishedAt);
    }

    public async Task<Guid> RepeatAsync(Guid id, bool dryRun, StaffImportMode mode, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Rosters.Import, cancellationToken);
        var job = await GetOwnAsync(id, cancellationToken);
        return await ScheduleAsync(job.Repeat(dryRun, mode, clock.GetUtcNow()), cancellationToken);
    }

    public async Task<Training.Documents.FileContentDto> GetErrorReportAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Rosters.Import, cancellationToken);
        var job = await GetOwnAsync(id, cancellationToken);
        var result = (await GetAsync(id, cancellationToken)).Result ?? throw TrainingException.NotFound();
        return await workbooks.GetErrorReportAsync(job.FileName, new MemoryStream(job.Content), result.Errors, cancellationToken);
    }

    public async Task RunAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Rosters.Import, cancellationToken);
        var job = await jobs.FindAsync(id, cancellationToken) ?? throw TrainingException.NotFound();
        if (job.IsFinished)
        {
            return;
        }

        job.Start();
        await unitOfWork.SaveChangesAsync(cancellationToken);
        try
        {
            var result = await workbooks.ImportAsync(new StaffImportRequest(new MemoryStream(job.Content), job.DryRun, job.Mode, job.AsOf),
                new Progress(scopes, id), cancellationToken);
            unitOfWork.ForgetSaved();
            job = await jobs.FindAsync(id, cancellationToken) ?? throw TrainingException.NotFound();
            job.Complete(JsonSerializer.Serialize(result, Json), clock.GetUtcNow());
        }
        catch (TrainingException e)
        {
            unitOfWork.ForgetSaved();
            job = await jobs.FindAsync(id, cancellationToken) ?? throw TrainingException.NotFound();
            job.Fail(e.Code, clock.GetUtcNow());
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private async Task<Guid> ScheduleAsync(StaffImportJob job, CancellationToken cancellationToken)
    {
        await jobs.InsertAsync(job, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.ScheduleJob(
            JobBuilder.Create<StaffImportQuartzJob>().WithIdentity(job.Id.ToString(), StaffImportQuartzJob.Group)
                .UsingJobData(StaffImportQuartzJob.JobIdKey, job.Id.ToString()).Build(),
            TriggerBuilder.Create().WithIdentity(job.Id.ToString(), StaffImportQuartzJob.Group).StartNow().Build(),
            cancellationToken: cancellationToken);
        return job.Id;
    }

    private async Task<StaffImportJob> GetOwnAsync(Guid id, CancellationToken cancellationToken)
    {
        var job = await jobs.FindAsync(id, cancellationToken);
        return job is not null && job.RequestedBy == RequiredUser() ? job : throw TrainingException.NotFound();
    }

    private Guid RequiredUser() => currentUser.Id ?? throw new TrainingException(TrainingErrorCodes.Unauthenticated, TrainingErrorKind.Forbidden);

    /// <summary>Progress goes to the database through a scope of its own, outside the import's transaction.</summary>
    private sealed class Progress(IServiceScopeFactory scopes, Guid jobId) : IProgress<int>
    {
        public void Report(int value)
        {
            using var scope = scopes.CreateScope();
            scope.ServiceProvider.GetRequiredService<IStaffImportJobRepository>().SetRowsReadAsync(jobId, value).GetAwaiter().GetResult();
        }
    }
}
