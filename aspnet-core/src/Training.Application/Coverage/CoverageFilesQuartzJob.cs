using Microsoft.Extensions.Logging;
using Quartz;
using Training.Files;
using Training.Timing;

namespace Training.Coverage;

/// <summary>
/// Every day: on each reporting date of a plan — today's, or a past one whose file is missing (the server was down, the
/// plan was entered late) — writes the plan root's coverage report as of that date, .xlsx and .pdf, and keeps it for
/// download as it was. A file kept already is never written again.
/// </summary>
[DisallowConcurrentExecution]
public sealed class CoverageFilesQuartzJob(
    ICoveragePlanRepository plans,
    CoverageCalculator calculator,
    CoverageReports reports,
    ICoverageRecordRepository records,
    IBlobStore blobs,
    ITrainingUnitOfWork unitOfWork,
    TimeProvider clock,
    ILogger<CoverageFilesQuartzJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var today = BusinessClock.Today(clock);
        foreach (var plan in await plans.GetListAsync(cancellationToken))
        {
            foreach (var date in plan.ReportingDates.Where(d => d <= today))
            {
                foreach (var format in CoverageConsts.ReportFormats)
                {
                    if (!await records.HasFileAsync(plan.Id, date, format, cancellationToken))
                    {
                        await StoreAsync(plan, date, format, cancellationToken);
                    }
                }
            }
        }
    }

    private async Task StoreAsync(CoveragePlan plan, DateOnly date, string format, CancellationToken cancellationToken)
    {
        var tree = await calculator.GetUnitsOnAsync(date, cancellationToken);
        var root = CoverageCalculator.Root(plan, tree);
        var content = await reports.WriteAsync(plan, tree, root, format, date, cancellationToken);
        var blobId = await blobs.SaveAsync(content, cancellationToken);
        await records.InsertFileAsync(new CoverageFile(Guid.CreateVersion7(), plan.Id, date, format, CoverageReports.FileName(root, date, format),
            CoverageReports.ContentType(format), blobId, content.Length, clock.GetUtcNow()), cancellationToken);
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (TrainingException e) when (e.Kind == TrainingErrorKind.Conflict)
        {
            // Another node kept this file first: its copy stands.
            logger.LogInformation("Coverage file of plan {PlanId} on {Date} ({Format}) was written elsewhere", plan.Id, date, format);
        }
        finally
        {
            // A report's bytes are large: nothing kept is held on to between files.
            unitOfWork.ForgetSaved();
        }
    }
}
