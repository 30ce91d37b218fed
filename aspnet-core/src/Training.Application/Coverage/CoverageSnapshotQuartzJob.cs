using Microsoft.Extensions.Logging;
using Quartz;
using Training.OrganizationUnits;
using Training.Timing;

namespace Training.Coverage;

/// <summary>
/// Every night: for each plan running today, one snapshot per unit valid today within the plan's root, dated today — the
/// points of the dashboard's trend line. A plan snapshotted today already is left alone, so the job may run again.
/// </summary>
[DisallowConcurrentExecution]
public sealed class CoverageSnapshotQuartzJob(
    ICoveragePlanRepository plans,
    CoverageCalculator calculator,
    ICoverageRecordRepository records,
    ITrainingUnitOfWork unitOfWork,
    TimeProvider clock,
    ILogger<CoverageSnapshotQuartzJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var today = BusinessClock.Today(clock);
        UnitsOnDate? tree = null;
        foreach (var plan in (await plans.GetListAsync(cancellationToken)).Where(p => p.StartsOn <= today && today <= p.EndsOn))
        {
            if (await records.HasSnapshotsAsync(plan.Id, today, cancellationToken))
            {
                continue;
            }

            tree ??= await calculator.GetUnitsOnAsync(today, cancellationToken);
            var units = await calculator.ComputeEveryUnitAsync(plan, tree, CoverageCalculator.Root(plan, tree), cancellationToken);
            var takenAt = clock.GetUtcNow();
            await records.InsertSnapshotsAsync(units.Select(u => new CoverageSnapshot(plan.Id, u.Unit.Id, today, u.InScope, u.Trained, takenAt)).ToList(),
                cancellationToken);
            try
            {
                await unitOfWork.SaveChangesAsync(cancellationToken);
            }
            catch (TrainingException e) when (e.Kind == TrainingErrorKind.Conflict)
            {
                // Another node snapshotted the plan first: its rows stand, and these are dropped.
                logger.LogInformation("Coverage snapshot of plan {PlanId} on {Date} was taken elsewhere", plan.Id, today);
                unitOfWork.ForgetSaved();
            }
        }
    }
}
